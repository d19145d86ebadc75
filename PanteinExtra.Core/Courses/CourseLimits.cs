namespace PanteinExtra.Core.Courses;

/// <summary>Maximum lengths and sizes of courses and registrations: the EF configurations and the input rules both use these.</summary>
public static class CourseLimits
{
    public const int Title = 160;
    public const int Description = 4000;
    public const int Place = 200;
    public const int DietaryWish = 300;
    public const int MaxCapacity = 10_000;
}
