using System.Globalization;
using Scoring.Api.Reports;
using Scoring.Api.Runs;
using Scoring.Api.Storage;
using Scoring.Engine.Runs;
using Scoring.Engine.Workflow;

namespace Scoring.Api.UseCases;

/// <summary>A report file: its bytes and the name to save it under (.xlsx or .pdf, which gives its content type).</summary>
public sealed record ReportFile(byte[] Bytes, string FileName)
{
    /// <summary>The content type to serve the file with.</summary>
    public string ContentType => FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : Scoring.Api.Spreadsheets.Xlsx.ContentType;
}

/// <summary>The report workbook of a stored run, the same bytes for every surface: the stored order and ranks (never ranked again), the
/// figures proven equal to the stored results (recomputed, and refused as an integrity failure if they differ), agency names from the
/// registry as the run recorded them, made by and at the run's publication (or creation), naming the year, the run and whether it is a draft,
/// and each agency compared with the latest earlier year published by then (so a published run's report never changes).</summary>
public sealed class RunReportFile(Store store, RunService runs, ReadHistory history)
{
    /// <summary>Writes the report, or says why not.</summary>
    public Task<Outcome<ReportFile>> RunAsync(long id, CancellationToken ct) => FileAsync(id, pdf: false, ct);

    /// <summary>Writes the annex of the decision alone as a PDF, or says why not.</summary>
    public Task<Outcome<ReportFile>> PdfAsync(long id, CancellationToken ct) => FileAsync(id, pdf: true, ct);

    private async Task<Outcome<ReportFile>> FileAsync(long id, bool pdf, CancellationToken ct)
    {
        try
        {
            return await WriteAsync(id, pdf, ct).ConfigureAwait(false);
        }
        catch (StoreIntegrityException)
        {
            return Outcome<ReportFile>.Fail(OutcomeKind.Integrity, StoreIntegrityException.Vietnamese(id));
        }
    }

    private async Task<Outcome<ReportFile>> WriteAsync(long id, bool pdf, CancellationToken ct)
    {
        if (await runs.RecomputeAsync(id, ct).ConfigureAwait(false) is not { } recomputed)
        {
            return Outcome<ReportFile>.Fail(OutcomeKind.NotFound, $"Không có lượt xếp loại số {id}.");
        }
        var (header, criteria, rows, submissions) = recomputed;
        if (RunResults.Write(rows).Hash != header.ResultsHash)
        {
            throw new StoreIntegrityException($"Recomputed results differ from the stored run. Run={id}");
        }
        var stored = await store.Runs.ResultsAsync(id, ct).ConfigureAwait(false);
        var inputs = (await store.Runs.InputsAsync(id, ct).ConfigureAwait(false)).ToDictionary(i => i.AgencyCode, StringComparer.Ordinal);
        var registry = await store.Agencies.CurrentAsync(ct).ConfigureAwait(false);
        var files = await store.Submissions.RevisionNamesAsync([.. inputs.Values.Select(i => i.RevisionId).OfType<long>()], ct).ConfigureAwait(false);
        var finals = rows.ToDictionary(r => r.Result.AgencyCode, r => r.Result, StringComparer.Ordinal);
        var answers = submissions.ToDictionary(s => s.AgencyCode, StringComparer.Ordinal);
        var ranked = new List<(int?, ScoredAgency)>();
        string NameOf(string code) => inputs[code].AgencyName ?? registry.GetValueOrDefault(code)?.Name ?? code;
        var lastYear = pdf ? LastYear.None : await history.CompareAsync(header,
            [.. stored.Select(r => ReadHistory.Of(r, inputs[r.AgencyCode].GroupCode, NameOf(r.AgencyCode)))], ct).ConfigureAwait(false);
        foreach (var r in stored)
        {
            var input = inputs[r.AgencyCode];
            var final = finals[r.AgencyCode];
            var self = input.RevisionId is null ? final : criteria.Scorer.Evaluate(answers[r.AgencyCode].SelfScored(criteria.Version));
            var name = NameOf(r.AgencyCode);
            var file = input.RevisionId is { } rev && files.TryGetValue(rev, out var f) ? $"{f.FileName} (lần nộp {f.Seq})" : "";
            ranked.Add((r.Rank, new ScoredAgency(r.AgencyCode, name, self, final, file, lastYear.ByCode.GetValueOrDefault(r.AgencyCode))));
        }
        var at = DateTimeOffset.Parse(header.PublishedAt ?? header.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var info = new ReportInfo(criteria.Version, criteria.Hash, header.ResultsHash, header.PublishedBy ?? header.CreatedBy, at,
            new ReportRun(header.Id, header.Year, header.State == RunState.Draft, header.Decision, lastYear.Year));
        var draft = header.State == RunState.Draft ? "-ban-nhap" : "";
        return pdf
            ? Outcome<ReportFile>.Done(new ReportFile(ReportWorkbook.AnnexPdf(info, ranked), $"phu-luc-luot-{id}-{header.Year}-{header.CriteriaId}{draft}.pdf"),
                $"Phụ lục kết quả lượt xếp loại số {id}.")
            : Outcome<ReportFile>.Done(new ReportFile(ReportWorkbook.WriteRanked(info, ranked, []), $"bao-cao-luot-{id}-{header.Year}-{header.CriteriaId}{draft}.xlsx"),
                $"Báo cáo lượt xếp loại số {id}.");
    }
}
