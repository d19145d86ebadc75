namespace PanteinExtra.Core.Courses;

/// <summary>Audit event types of courses and meetings, with their Dutch names for the access log.</summary>
public static class CoursesEventTypes
{
    [Display(Name = "cursussen en bijeenkomsten bekeken")] public const string CatalogueView = "Course:View";
    [Display(Name = "cursus of bijeenkomst vastgelegd")] public const string CourseCreate = "Course:Create";
    [Display(Name = "cursus of bijeenkomst gewijzigd")] public const string CourseUpdate = "Course:Update";
    [Display(Name = "aanmeldingen voor een cursus of bijeenkomst ingezien")] public const string RegistrationsView = "CourseRegistration:View";
    [Display(Name = "aangemeld voor een cursus of bijeenkomst")] public const string SignUp = "CourseRegistration:Create";
    [Display(Name = "afgemeld voor een cursus of bijeenkomst")] public const string SignOff = "CourseRegistration:Update";
    [Display(Name = "aanwezigheid bij een cursus of bijeenkomst vastgelegd")] public const string Attendance = "CourseRegistration:Attendance";
}
