namespace PanteinExtra.Core.Common;

/// <summary>
/// The widths of the user a record names as having done something (an employee, or the system): its id and its name
/// as shown. Every feature's "by whom" columns and fields use these.
/// </summary>
public static class UserLimits
{
    public const int UserId = 200;
    public const int UserName = 200;
}
