using Scoring.Api.Storage;
using Scoring.Api.UseCases;
using Scoring.Engine.Submissions;
using Scoring.Engine.Workflow;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Tests.Storage;

/// <summary>What an upload did, as the store tests read it: the revision stored (0 when nothing was), whether it was accepted (and late), and every problem.</summary>
public sealed record UploadResult(long RevisionId, int Seq, bool Accepted, bool Late, IReadOnlyList<Problem> Problems);

/// <summary>A state change as the store tests read it: whether it was done, the state after it, and the message when refused.</summary>
public sealed record StateChange(bool Ok, SubmissionState? State, string? Problem);

/// <summary>The use cases called the way the store tests arrange and act: each returns the shape its assertions read.</summary>
internal static class Operated
{
    public static async Task<UploadResult> UploadAsync(this Store store, string agency, int year, CompiledCriteria criteria, byte[] bytes, string fileName, string actor,
        CancellationToken ct)
    {
        var o = await new Operations(store).Upload.RunAsync(agency, year, criteria, bytes, fileName, actor, ct);
        return o.Value is { } r ? new UploadResult(r.RevisionId, r.Seq, r.Accepted, r.Late, r.Problems)
            : new UploadResult(0, 0, false, false, o.Problems.Count > 0 ? o.Problems : [new Problem(fileName, null, o.Message)]);
    }

    public static async Task<int> LockAsync(this Store store, int year, string criteriaId, string actor, CancellationToken ct) =>
        (await new Operations(store).Lock.RunAsync(year, criteriaId, actor, ct)).Value?.Submissions ?? throw new InvalidOperationException("Lock refused");

    public static async Task<StateChange> WithdrawAsync(this Store store, string agency, int year, string criteriaId, string actor, CancellationToken ct) =>
        Change(await new Operations(store).Withdraw.RunAsync(agency, year, criteriaId, actor, ct));

    public static async Task<StateChange> AppraiseAsync(this Store store, string agency, int year, CompiledCriteria criteria, string item, decimal? points,
        string reason, string actor, CancellationToken ct) =>
        Change(await new Operations(store).Appraise.RunAsync(agency, year, criteria, item, points, reason, actor, ct));

    private static StateChange Change(Outcome<SubmissionState> o) => new(o.Ok, o.Ok || o.Kind == OutcomeKind.Rejected ? o.Value : null, o.Ok ? null : o.Message);
}
