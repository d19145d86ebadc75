namespace PanteinExtra.Core.Consent;

/// <summary>Maximum lengths of the consent feature's text fields: the EF configurations and the input rules both use these.</summary>
public static class ConsentLimits
{
    public const int PurposeCode = 60;
    public const int PurposeName = 120;

    /// <summary>A wording shorter than this is no question a person can answer.</summary>
    public const int WordingMinimum = 20;

    public const int Wording = 4000;
    public const int Note = 1000;
    public const int ContactPersonName = 240;
}
