using System.ComponentModel.DataAnnotations;

namespace PanteinExtra.Core.Auditing;

/// <summary>
/// The parts of the portal whose access-log events belong to one processing activity of the register. An administrator
/// links each part to its activity (<see cref="Register.AuditAreaLink"/>); every event then carries that activity and its
/// current version, as the Logius standard "Logboek dataverwerkingen" asks (docs/access-log-standards.md).
/// </summary>
public enum AuditArea
{
    [Display(Name = "ledenadministratie: huishoudens, leden, contactpersonen, abonnementen en gesprekken")] Members,
    [Display(Name = "contributie en betalingen")] Contributions,
    [Display(Name = "collectiviteitskorting zorgverzekering")] InsuranceDiscounts,
    [Display(Name = "bemiddeling naar dienstverleners")] Referrals,
    [Display(Name = "klachten en complimenten")] Complaints,
    [Display(Name = "cursussen en bijeenkomsten")] Courses,
    [Display(Name = "toestemmingen")] Consent,
    [Display(Name = "privacyrechten: verzoeken van betrokkenen, datalekken en bewaartermijnen")] PrivacyRights,
    [Display(Name = "beveiliging: aanmelden, sessies, toegangslog en logcontrole")] AccessControl,
}

public static class AuditAreas
{
    /// <summary>
    /// The area of each event type's first part (the entity or feature before the colon). Parts that describe no one
    /// (the register itself, its processors, data-protection keys) belong to no area; a test holds every entity and
    /// event type of the model to this list.
    /// </summary>
    private static readonly Dictionary<string, AuditArea?> ByPrefix = new(StringComparer.Ordinal)
    {
        ["Household"] = AuditArea.Members,
        ["Person"] = AuditArea.Members,
        ["ContactPerson"] = AuditArea.Members,
        ["Subscription"] = AuditArea.Members,
        ["CallNote"] = AuditArea.Members,
        ["HouseholdSearchKey"] = AuditArea.Members,
        ["Member"] = AuditArea.Members,
        ["IntakeItem"] = AuditArea.Members,
        ["Intake"] = AuditArea.Members,
        ["Contribution"] = AuditArea.Contributions,
        ["InsuranceDiscount"] = AuditArea.InsuranceDiscounts,
        ["Referral"] = AuditArea.Referrals,
        ["Disclosure"] = AuditArea.Referrals,
        ["ServiceProvider"] = AuditArea.Referrals,
        ["Feedback"] = AuditArea.Complaints,
        ["Course"] = AuditArea.Courses,
        ["CourseRegistration"] = AuditArea.Courses,
        ["Consent"] = AuditArea.Consent,
        ["ConsentEvent"] = AuditArea.Consent,
        ["ConsentPurpose"] = AuditArea.Consent,
        ["ConsentPurposeVersion"] = AuditArea.Consent,
        ["DataSubjectRequest"] = AuditArea.PrivacyRights,
        ["RequestTimelineEntry"] = AuditArea.PrivacyRights,
        ["RequestLetter"] = AuditArea.PrivacyRights,
        ["NotificationTask"] = AuditArea.PrivacyRights,
        ["ProcessingRestriction"] = AuditArea.PrivacyRights,
        ["Breach"] = AuditArea.PrivacyRights,
        ["BreachVersion"] = AuditArea.PrivacyRights,
        ["BreachAffected"] = AuditArea.PrivacyRights,
        ["BreachMeasure"] = AuditArea.PrivacyRights,
        ["BreachLetter"] = AuditArea.PrivacyRights,
        ["RetentionPolicy"] = AuditArea.PrivacyRights,
        ["RetentionPolicyVersion"] = AuditArea.PrivacyRights,
        ["LegalHold"] = AuditArea.PrivacyRights,
        ["RetentionRun"] = AuditArea.PrivacyRights,
        ["RetentionRunItem"] = AuditArea.PrivacyRights,
        ["RetentionRunPolicySummary"] = AuditArea.PrivacyRights,
        ["RetentionTombstone"] = AuditArea.PrivacyRights,
        ["JobLease"] = AuditArea.AccessControl,
        ["AuditLog"] = AuditArea.AccessControl,
        ["AuditCheckpoint"] = AuditArea.AccessControl,
        ["AuditLogPrune"] = AuditArea.AccessControl,
        ["AuditChainCheck"] = AuditArea.AccessControl,
        ["LogControl"] = AuditArea.AccessControl,
        ["ControlRun"] = AuditArea.AccessControl,
        ["ControlFinding"] = AuditArea.AccessControl,
        ["StaffDirectoryEntry"] = AuditArea.AccessControl,
        ["StaffDirectory"] = AuditArea.AccessControl,
        ["Confidentiality"] = AuditArea.AccessControl,
        ["ProtectedHousehold"] = AuditArea.AccessControl,
        ["ControlReport"] = AuditArea.AccessControl,
        ["ControlReportFinding"] = AuditArea.AccessControl,
        ["ControlReportSample"] = AuditArea.AccessControl,
        ["Session"] = AuditArea.AccessControl,
        ["StaffSession"] = AuditArea.AccessControl,
        ["Page"] = AuditArea.AccessControl,
        ["Oversight"] = AuditArea.PrivacyRights,
        ["Register"] = null,
        ["ProcessingActivity"] = null,
        ["ProcessingActivityVersion"] = null,
        ["ProcessingActivityProcessor"] = null,
        ["Processor"] = null,
        ["ProcessingAgreement"] = null,
        ["RegisterDetails"] = null,
        ["AuditAreaLink"] = null,
        ["DataProtectionKey"] = null,
    };

    /// <summary>The area an event type belongs to, or null for one about no person (or not listed).</summary>
    public static AuditArea? Of(string eventType)
    {
        var colon = eventType.IndexOf(':');
        var prefix = colon < 0 ? eventType : eventType[..colon];
        return ByPrefix.GetValueOrDefault(prefix);
    }

    /// <summary>Whether the first part of event types is listed here (with an area or deliberately without).</summary>
    public static bool IsListed(string prefix) => ByPrefix.ContainsKey(prefix);
}
