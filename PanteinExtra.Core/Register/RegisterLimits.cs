namespace PanteinExtra.Core.Register;

/// <summary>Maximum lengths of the register's text fields: the EF configurations and the input rules both use these.</summary>
public static class RegisterLimits
{
    /// <summary>The name of a processing activity.</summary>
    public const int ActivityName = 200;

    /// <summary>Every other item of an activity, as it reads on screen and in its Excel cell (a list: its lines together).</summary>
    public const int ItemText = 4000;

    /// <summary>A list item stored as JSON: room for the text and the JSON around it.</summary>
    public const int ItemList = ItemText * 2;

    /// <summary>The missing items as "|Purposes|Owner|" and a version's changed items as "Purposes,Owner".</summary>
    public const int ItemCodes = 1000;


    public const int ProcessorName = 200;
    public const int ContactName = 200;
    public const int Email = 254;
    public const int Phone = 30;
    public const int Country = 100;
    public const int Services = 1000;

    public const int DocumentReference = 300;
    public const int AgreementScope = 1000;

    public const int ControllerName = 200;
    public const int Address = 300;
    public const int OfficerName = 200;

    /// <summary>Joint controllers with their contact details (or "geen"), as the cover sheet prints them.</summary>
    public const int JointControllers = 1000;

    /// <summary>The representative with contact details (or "geen").</summary>
    public const int Representative = 500;
}
