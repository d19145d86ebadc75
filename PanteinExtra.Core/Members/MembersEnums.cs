namespace PanteinExtra.Core.Members;

public enum MembershipStatus
{
    [Display(Name = "lid")] Active,
    [Display(Name = "opgezegd")] Ended,
}

/// <summary>How the household prefers to be approached.</summary>
public enum ContactChannel
{
    [Display(Name = "post")] Post,
    [Display(Name = "e-mail")] Email,
    [Display(Name = "telefoon")] Phone,
}

public enum PersonRole
{
    [Display(Name = "hoofdlid")] MainMember,
    [Display(Name = "huisgenoot")] Housemate,
}

/// <summary>What a formal contact person may do on the member's behalf.</summary>
[Flags]
public enum ContactPersonPermissions
{
    [Display(Name = "geen")] None = 0,
    [Display(Name = "informatie ontvangen")] ReceiveInformation = 1,
    [Display(Name = "gegevens wijzigen")] ChangeDetails = 2,
    [Display(Name = "toestemming geven of intrekken")] GiveOrWithdrawConsent = 4,
    [Display(Name = "privacyverzoeken indienen")] SubmitPrivacyRequests = 8,
}

public enum SubscriptionKind
{
    [Display(Name = "ledenblad")] Magazine,
    [Display(Name = "ledenpas")] MemberPass,
    [Display(Name = "nieuwsbrief")] Newsletter,
    [Display(Name = "online magazine")] OnlineMagazine,
    [Display(Name = "ledenpanel")] MembersPanel,
}

public enum PaymentMethod
{
    [Display(Name = "automatische incasso")] DirectDebit,
    [Display(Name = "factuur")] Invoice,
    [Display(Name = "overboeking")] BankTransfer,
}

public enum FeedbackKind
{
    [Display(Name = "klacht")] Complaint,
    [Display(Name = "compliment")] Compliment,
}

/// <summary>The channel through which something reached Pantein Extra.</summary>
public enum ReceivedChannel
{
    [Display(Name = "telefoon")] Phone,
    [Display(Name = "e-mail")] Email,
    [Display(Name = "brief")] Letter,
    [Display(Name = "website")] Website,
    [Display(Name = "persoonlijk")] InPerson,
}
