namespace Scoring.Api.Storage;

/// <summary>One write in the audit log: when, who, what, for which agency or run, and the details.</summary>
public sealed record AuditEntry(long Id, string At, string Actor, string Action, string? AgencyCode, long? RunId, string Detail);
