namespace PanteinExtra.Core.Intake;

/// <summary>What a website form is. The route segment of the intake endpoint is <see cref="IntakeKinds.Slug"/>.</summary>
public enum IntakeKind
{
    [Display(Name = "aanvraag lidmaatschap")] MembershipApplication,
    [Display(Name = "aanmelding nieuwsbrief")] NewsletterSignUp,
    [Display(Name = "aanmelding online magazine")] OnlineMagazineSignUp,
    [Display(Name = "vraag")] Question,
}

/// <summary>Where an item of the inbox stands.</summary>
public enum IntakeStatus
{
    /// <summary>Received from the website, nobody has looked yet.</summary>
    [Display(Name = "nieuw")] New,

    /// <summary>A membership application that became a household (the sign-up page did it).</summary>
    [Display(Name = "bevestigd")] Confirmed,

    /// <summary>Matched to an existing household: the sign-up recorded, the question linked.</summary>
    [Display(Name = "gekoppeld")] Linked,

    [Display(Name = "afgewezen")] Rejected,
}

public static class IntakeKinds
{
    /// <summary>The route segment of each kind: <c>POST /api/intake/v1/{slug}</c>.</summary>
    public static string Slug(IntakeKind kind) => kind switch
    {
        IntakeKind.MembershipApplication => "lidmaatschap",
        IntakeKind.NewsletterSignUp => "nieuwsbrief",
        IntakeKind.OnlineMagazineSignUp => "online-magazine",
        IntakeKind.Question => "vraag",
    };

    public static IntakeKind? FromSlug(string? slug) =>
        Enum.GetValues<IntakeKind>().Cast<IntakeKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);

    /// <summary>The input type the website sends for the kind.</summary>
    public static Type InputType(IntakeKind kind) => kind switch
    {
        IntakeKind.MembershipApplication => typeof(MembershipApplicationInput),
        IntakeKind.NewsletterSignUp or IntakeKind.OnlineMagazineSignUp => typeof(ConfirmedSignUpInput),
        IntakeKind.Question => typeof(QuestionInput),
    };

    /// <summary>The consent a sign-up of this kind is, or null.</summary>
    public static Consent.ConsentPurposeKind? ConsentPurpose(IntakeKind kind) => kind switch
    {
        IntakeKind.NewsletterSignUp => Consent.ConsentPurposeKind.Newsletter,
        IntakeKind.OnlineMagazineSignUp => Consent.ConsentPurposeKind.OnlineMagazine,
        IntakeKind.MembershipApplication or IntakeKind.Question => null,
    };

    public static bool IsSignUp(IntakeKind kind) => ConsentPurpose(kind) is not null;
}
