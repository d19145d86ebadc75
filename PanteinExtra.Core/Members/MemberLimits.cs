namespace PanteinExtra.Core.Members;

/// <summary>Maximum lengths of the members desk's text fields: the EF configurations and the input rules both use these.</summary>
public static class MemberLimits
{
    public const int MemberNumber = 10;
    public const int Street = 120;
    public const int HouseNumberAddition = 10;
    public const int Postcode = 6;
    public const int City = 80;
    public const int Phone = 20;
    public const int Email = 254;
    public const int Initials = 20;
    public const int FirstName = 80;
    public const int Infix = 20;
    public const int LastName = 120;
    public const int ContactName = 160;
    public const int Relation = 60;
    public const int Insurer = 80;
    public const int FeedbackSubject = 200;
    public const int LongText = 4000;
    public const int Handling = 200;
    public const int Outcome = 2000;
    public const int Caller = 200;
}
