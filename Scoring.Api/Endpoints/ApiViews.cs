using Scoring.Api.Storage;
using Scoring.Engine.Workflow;

namespace Scoring.Api.Endpoints;

/// <summary>A run as the API shows it: identity, hashes, state (its code and Vietnamese name), who and when, what it was created despite,
/// and the groups whose part a later run replaced.</summary>
public sealed record RunSummary(long Id, int Year, string CriteriaId, string CriteriaHash, string? GroupCode, string EngineBuild, string ResultsHash,
    string State, string StateLabel, string CreatedAt, string CreatedBy, string? PublishedAt, string? PublishedBy, long? SupersededBy,
    IReadOnlyList<string> Warnings, IReadOnlyList<string> SupersededParts, RunDecision? Decision)
{
    /// <summary>The view of a stored run.</summary>
    public static RunSummary Of(RunHeader h) => new(h.Id, h.Year, h.CriteriaId, h.CriteriaHash, h.GroupCode, h.EngineBuild, h.ResultsHash,
        h.State.Code(), h.State.Label(), h.CreatedAt, h.CreatedBy, h.PublishedAt, h.PublishedBy, h.SupersededBy, h.Warnings ?? [], h.SupersededParts ?? [], h.Decision);
}

/// <summary>One appraisal change as the API shows it: the points set (null when cleared), the reason, the change before it and its points, who and when.</summary>
public sealed record AppraisalChangeView(long Id, string ItemCode, decimal? Points, string Reason, long? PreviousId, decimal? PreviousPoints, string AppraisedAt,
    string AppraisedBy)
{
    /// <summary>The view of a stored change.</summary>
    public static AppraisalChangeView Of(AppraisalRecord a) =>
        new(a.Id, a.ItemCode, a.Points, a.Reason, a.PreviousId, a.PreviousPoints, a.AppraisedAt, a.AppraisedBy);
}

/// <summary>One audit entry as the API shows it: when, who, what, about which agency or run, and the details.</summary>
public sealed record AuditView(long Id, string At, string Actor, string Action, string? AgencyCode, long? RunId, string Detail)
{
    /// <summary>The view of a stored entry.</summary>
    public static AuditView Of(AuditEntry e) => new(e.Id, e.At, e.Actor, e.Action, e.AgencyCode, e.RunId, e.Detail);
}
