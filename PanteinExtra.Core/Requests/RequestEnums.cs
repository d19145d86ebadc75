namespace PanteinExtra.Core.Requests;

/// <summary>The rights of the privacy statement.</summary>
public enum RequestType
{
    Access,
    Rectification,
    Erasure,
    Objection,
    Restriction,
    Portability,
    WithdrawConsent,
}

public enum RequestStatus
{
    Received,
    IdentityCheck,
    InProgress,
    Extended,
    Completed,
    Rejected,
}

/// <summary>Who asks, relative to the person the request is about.</summary>
public enum RequesterKind
{
    DataSubject,
    Housemate,
    ContactPerson,
    Other,
}

/// <summary>Proportional identity checks against data already held (a copy of an ID document is the last resort).</summary>
[Flags]
public enum RequestIdentityChecks
{
    None = 0,
    MemberNumber = 1,
    DateOfBirth = 2,
    PostcodeAndHouseNumber = 4,
    CallBackOnKnownNumber = 8,
    ReplyFromKnownEmail = 16,
    IdDocumentSeenMasked = 32,
}

/// <summary>Legal grounds to reject (or partly refuse) a request.</summary>
public enum RejectionReason
{
    IdentityNotEstablished,
    ManifestlyUnfounded,
    Excessive,
    ErasureException,
    RequesterNotAuthorised,
    NoDataHeld,
}

public enum LetterKind
{
    Received,
    Extended,
    Completed,
    Rejected,
}
