using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Auditing.Pruning;

/// <summary>
/// The access log's retention policy. It is kept, shown and changed like every other policy, but no retention run acts
/// on it event by event: the chain can only lose a prefix, so <see cref="AuditLogPruneService"/> carries it out.
/// </summary>
public sealed class AccessLogRetention : IRetentionPolicySubject
{
    public const string SubjectKey = "access-log";

    public string Key => SubjectKey;

    public string Label => "gebeurtenissen in het toegangslog";

    public int ExecutionOrder => 100;

    public IReadOnlyList<RetentionTrigger> Triggers { get; } = [RetentionTrigger.Creation];

    public IReadOnlyList<RetentionAction> Actions { get; } = [RetentionAction.Delete];

    public StatutoryFloor? Floor => null;

    public RetentionPolicyDefaults Defaults { get; } = new(
        "Toegangslog: wie welke gegevens inzag of wijzigde", 60, RetentionTrigger.Creation, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Vijf jaar na de gebeurtenis. Geen wet noemt een termijn; zo lang kan een (oud-)lid vragen wie zijn gegevens heeft ingezien "
            + "(art. 15 AVG) en schadevergoeding vorderen wegens onrechtmatige inzage (verjaring na vijf jaar, art. 3:310 BW), en kan de "
            + "Autoriteit Persoonsgegevens naar de beveiliging en een datalek vragen (art. 32 en 33 lid 5 AVG). De termijn volgt NEN 7513. "
            + "Daarna worden de gebeurtenissen verwijderd, van de oudste af; een controlepunt buiten de database verankert wat overblijft, zodat "
            + "de keten controleerbaar blijft. Gebeurtenissen die bewijs zijn bij een open bevinding, die een huishouden met een lopend verzoek, "
            + "klacht, datalek of bewaarblokkade betreffen, of die in een maand vallen waarvan de controle nog niet is afgetekend, blijven staan.");
}
