namespace PanteinExtra.Core.Members;

public enum MembershipStatus
{
    Active,
    Ended,
}

/// <summary>How the household prefers to be approached.</summary>
public enum ContactChannel
{
    Post,
    Email,
    Phone,
}

public enum PersonRole
{
    MainMember,
    Housemate,
}

/// <summary>What a formal contact person may do on the member's behalf.</summary>
[Flags]
public enum ContactPersonPermissions
{
    None = 0,
    ReceiveInformation = 1,
    ChangeDetails = 2,
    GiveOrWithdrawConsent = 4,
    SubmitPrivacyRequests = 8,
}

public enum SubscriptionKind
{
    Magazine,
    MemberPass,
    Newsletter,
    OnlineMagazine,
    MembersPanel,
}

public enum PaymentMethod
{
    DirectDebit,
    Invoice,
    BankTransfer,
}

public enum FeedbackKind
{
    Complaint,
    Compliment,
}

/// <summary>The channel through which something reached Pantein Extra.</summary>
public enum ReceivedChannel
{
    Phone,
    Email,
    Letter,
    Website,
    InPerson,
}
