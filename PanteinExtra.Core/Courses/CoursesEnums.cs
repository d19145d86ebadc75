namespace PanteinExtra.Core.Courses;

/// <summary>What kind of activity a member can sign up for.</summary>
public enum CourseKind
{
    [Display(Name = "cursus")] Course,
    [Display(Name = "bijeenkomst")] Meeting,
}

/// <summary>Where a registration stands.</summary>
public enum RegistrationStatus
{
    [Display(Name = "aangemeld")] Registered,
    [Display(Name = "op de wachtlijst")] WaitingList,
    [Display(Name = "afgemeld")] SignedOff,
}

/// <summary>Whether a registered person came, recorded after the start.</summary>
public enum Attendance
{
    [Display(Name = "aanwezig")] Present,
    [Display(Name = "afwezig")] Absent,
}
