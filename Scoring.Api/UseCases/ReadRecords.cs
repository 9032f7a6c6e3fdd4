using Scoring.Engine.Registry;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;
using Scoring.Engine.Workflow;

namespace Scoring.Api.UseCases;

/// <summary>The stored records the surfaces list as they are (the registry, the tracker's submissions, revisions and their bytes, appraisal
/// history, the audit trail, runs, the year's lock), so that no surface reaches the store itself.</summary>
public sealed class ReadRecords(Store store)
{
    /// <summary>The current version of every agency, by code.</summary>
    public Task<IReadOnlyDictionary<string, AgencyInfo>> AgenciesAsync(CancellationToken ct) => store.Agencies.CurrentAsync(ct);

    /// <summary>Every registry version of an agency, oldest first, with who recorded it and when.</summary>
    public Task<IReadOnlyList<(AgencyInfo Agency, string RecordedAt, string RecordedBy)>> AgencyHistoryAsync(string code, CancellationToken ct) =>
        store.Agencies.HistoryAsync(code, ct);

    /// <summary>The submissions of a year and version.</summary>
    public Task<IReadOnlyList<SubmissionInfo>> SubmissionsAsync(int year, string criteriaId, CancellationToken ct) => store.Submissions.ListAsync(year, criteriaId, ct);

    /// <summary>Every revision of one agency's submission, oldest first (without bytes).</summary>
    public Task<IReadOnlyList<RevisionInfo>> RevisionsAsync(string agency, int year, string criteriaId, CancellationToken ct) =>
        store.Submissions.RevisionsAsync(agency, year, criteriaId, ct);

    /// <summary>One revision by its seq, or null.</summary>
    public async Task<RevisionInfo?> RevisionAsync(string agency, int year, string criteriaId, int seq, CancellationToken ct) =>
        (await RevisionsAsync(agency, year, criteriaId, ct).ConfigureAwait(false)).FirstOrDefault(r => r.Seq == seq);

    /// <summary>A revision's bytes as received.</summary>
    public Task<(string FileName, byte[] Bytes)?> RevisionBytesAsync(long revisionId, CancellationToken ct) => store.Submissions.RevisionBytesAsync(revisionId, ct);

    /// <summary>Every appraisal change of one agency's submission, oldest first.</summary>
    public Task<IReadOnlyList<AppraisalRecord>> AppraisalsAsync(string agency, int year, string criteriaId, CancellationToken ct) =>
        store.Submissions.AppraisalsAsync(agency, year, criteriaId, ct);

    /// <summary>Every write about an agency, oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> AuditOfAgencyAsync(string agency, CancellationToken ct) => store.Audit.ForAgencyAsync(agency, ct);

    /// <summary>Every write about a run, oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> AuditOfRunAsync(long run, CancellationToken ct) => store.Audit.ForRunAsync(run, ct);

    /// <summary>The evidence files attached to an agency's submission, by item then in the order attached.</summary>
    public Task<IReadOnlyList<EvidenceLink>> EvidenceAsync(string agency, int year, string criteriaId, CancellationToken ct) =>
        store.Evidence.ListAsync(agency, year, criteriaId, ct);

    /// <summary>An evidence file of an agency's submission (its name as attached, its type read from its bytes, the bytes), or why not: a
    /// file is only given through a submission it was attached to.</summary>
    public async Task<Outcome<Scoring.Api.Attachments.EvidenceFile>> EvidenceFileAsync(string agency, int year, string criteriaId, string sha256, CancellationToken ct)
    {
        var found = sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower)
            ? await store.Evidence.FileAsync(agency, year, criteriaId, sha256, ct).ConfigureAwait(false)
            : null;
        return found is { } f
            ? Outcome<Scoring.Api.Attachments.EvidenceFile>.Done(new Scoring.Api.Attachments.EvidenceFile(f.FileName, Scoring.Api.Attachments.EvidenceKind.Of(f.Kind), f.Bytes), f.FileName)
            : Outcome<Scoring.Api.Attachments.EvidenceFile>.Fail(OutcomeKind.NotFound, $"Bài nộp năm {year} của đơn vị {agency} không có tệp kiểm chứng này.");
    }

    /// <summary>An upload's file as received (name and bytes), or why it cannot be given: no such upload, or a file that was not a workbook
    /// and so was kept without its content.</summary>
    public async Task<Outcome<(string FileName, byte[] Bytes)>> RevisionFileAsync(string agency, int year, string criteriaId, int seq, CancellationToken ct)
    {
        if (await RevisionAsync(agency, year, criteriaId, seq, ct).ConfigureAwait(false) is not { } revision
            || await RevisionBytesAsync(revision.Id, ct).ConfigureAwait(false) is not { } file)
        {
            return Outcome<(string, byte[])>.Fail(OutcomeKind.NotFound, $"Đơn vị {agency} không có lần nộp số {seq}.");
        }
        return file.Bytes.Length == 0
            ? Outcome<(string, byte[])>.Fail(OutcomeKind.NotFound,
                $"Lần nộp số {seq} của đơn vị {agency} ({file.FileName}) không phải sổ Excel nên chỉ lưu tên, kích thước, mã SHA-256 và lý do từ chối, không lưu nội dung.")
            : Outcome<(string, byte[])>.Done(file, file.FileName);
    }

    /// <summary>Every agency's file in use for a year (its latest accepted upload, as received), one zip entry per agency named by its code
    /// and upload number, in code order; null when there is none.</summary>
    public async Task<byte[]?> AcceptedFilesAsync(int year, string criteriaId, CancellationToken ct)
    {
        var used = (await store.Submissions.ListAsync(year, criteriaId, ct).ConfigureAwait(false))
            .Where(s => s.LatestAcceptedRevision is not null).OrderBy(s => s.AgencyCode, StringComparer.Ordinal).ToList();
        if (used.Count == 0)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var submission in used)
            {
                var revision = (await RevisionsAsync(submission.AgencyCode, year, criteriaId, ct).ConfigureAwait(false)).Single(r => r.Id == submission.LatestAcceptedRevision);
                if (await RevisionBytesAsync(revision.Id, ct).ConfigureAwait(false) is not { Bytes.Length: > 0 } file)
                {
                    continue;
                }
                var entry = zip.CreateEntry($"{submission.AgencyCode}-lan-{revision.Seq}.xlsx", System.IO.Compression.CompressionLevel.Fastest);
                entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                await using var stream = entry.Open();
                await stream.WriteAsync(file.Bytes, ct).ConfigureAwait(false);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The audit log filtered as people ask: by agency, run, part of who made the change, and days (dd/MM/yyyy, Vietnam time, both
    /// included); newest first, at most <paramref name="limit"/>; a day that is not a date is a Vietnamese refusal.</summary>
    public async Task<Outcome<IReadOnlyList<AuditEntry>>> AuditAsync(string? agency, long? run, string? actor, string? from, string? to, int limit, CancellationToken ct)
    {
        var (first, wrongFrom) = Day(from, "Từ ngày");
        var (last, wrongTo) = Day(to, "Đến ngày");
        if ((wrongFrom ?? wrongTo) is { } wrong)
        {
            return Outcome<IReadOnlyList<AuditEntry>>.Fail(OutcomeKind.Invalid, wrong);
        }
        var entries = await store.Audit.SearchAsync(Blank(agency), run, Blank(actor), Stored(first), Stored(last?.AddDays(1)), limit, ct).ConfigureAwait(false);
        return Outcome<IReadOnlyList<AuditEntry>>.Done(entries, $"{entries.Count} mục");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static (DateOnly? Day, string? Error) Day(string? text, string label) =>
        string.IsNullOrWhiteSpace(text) ? (null, null)
        : VietnamDays.TryDay(text, out var day) ? (day, null)
        : (null, $"{label} \"{text.Trim()}\" không đúng dạng ngày/tháng/năm (ví dụ 01/12/2026).");

    private static string? Stored(DateOnly? day) => day is { } d ? VietnamDays.Start(d) : null;

    /// <summary>A run's header, or null.</summary>
    public Task<RunHeader?> RunAsync(long id, CancellationToken ct) => store.Runs.GetAsync(id, ct);

    /// <summary>A run's results, in ranked order.</summary>
    public Task<IReadOnlyList<RunResultRow>> RunResultsAsync(long id, CancellationToken ct) => store.Runs.ResultsAsync(id, ct);

    /// <summary>Whether a year's uploads are locked, by whom and when.</summary>
    public Task<YearLock> LockAsync(string criteriaId, int year, CancellationToken ct) => YearLockRows.GetAsync(store.Database, criteriaId, year, ct);
}
