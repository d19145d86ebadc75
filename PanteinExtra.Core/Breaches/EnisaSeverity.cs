using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Breaches;

/// <summary>
/// ENISA's method for the severity of a personal data breach (2013): SE = DPC x EI + CB, with CB the sum of the
/// circumstances (loss of confidentiality, integrity, availability, malicious intent). Bands: below 2 low,
/// 2 to under 3 medium, 3 to under 4 high, 4 and above very high.
/// </summary>
public static class EnisaSeverity
{
    public const decimal MaliciousIntent = 0.5m;

    public static decimal Ei(EaseOfIdentification ei) => ei switch
    {
        EaseOfIdentification.Negligible => 0.25m,
        EaseOfIdentification.Limited => 0.5m,
        EaseOfIdentification.Significant => 0.75m,
        _ => 1m,
    };

    public static decimal Cb(ConfidentialityLoss c) => c switch
    {
        ConfidentialityLoss.None => 0m,
        ConfidentialityLoss.KnownRecipients => 0.25m,
        _ => 0.5m,
    };

    public static decimal Cb(IntegrityLoss i) => i switch
    {
        IntegrityLoss.None => 0m,
        IntegrityLoss.Recoverable => 0.25m,
        _ => 0.5m,
    };

    public static decimal Cb(AvailabilityLoss a) => a switch
    {
        AvailabilityLoss.None => 0m,
        AvailabilityLoss.Temporary => 0.25m,
        _ => 0.5m,
    };

    public static SeverityBand Band(decimal score) => score switch
    {
        < 2m => SeverityBand.Low,
        < 3m => SeverityBand.Medium,
        < 4m => SeverityBand.High,
        _ => SeverityBand.VeryHigh,
    };

    public static EnisaScore Score(EnisaAnswers a)
    {
        var dpc = (decimal)(int)a.Context;
        var ei = Ei(a.Identification);
        var cb = Cb(a.Confidentiality) + Cb(a.Integrity) + Cb(a.Availability) + (a.Malicious ? MaliciousIntent : 0m);
        var score = (dpc * ei) + cb;
        var band = Band(score);
        var reasoning =
            $"DPC {Dutch.Number(dpc, 0)} ({a.Context.Label()}) x EI {Dutch.Number(ei, 2)} ({a.Identification.Label()}) + CB {Dutch.Number(cb, 2)} "
            + $"(vertrouwelijkheid {Dutch.Number(Cb(a.Confidentiality), 2)}, integriteit {Dutch.Number(Cb(a.Integrity), 2)}, "
            + $"beschikbaarheid {Dutch.Number(Cb(a.Availability), 2)}, kwade opzet {Dutch.Number(a.Malicious ? MaliciousIntent : 0m, 2)}) "
            + $"= {Dutch.Number(score, 2)}: {band.Label()}.";
        return new EnisaScore(score, band, reasoning);
    }
}

/// <summary>The FG's answers to ENISA's questions.</summary>
public sealed record EnisaAnswers(
    DataProcessingContext Context,
    EaseOfIdentification Identification,
    ConfidentialityLoss Confidentiality,
    IntegrityLoss Integrity,
    AvailabilityLoss Availability,
    bool Malicious);

/// <summary>The computed severity with the sum that led to it, in Dutch.</summary>
public sealed record EnisaScore(decimal Score, SeverityBand Band, string Reasoning)
{
    /// <summary>High or very high: the members must be told (Art. 34), unless an exemption applies.</summary>
    public static bool IsHighRisk(SeverityBand band) => band >= SeverityBand.High;
}
