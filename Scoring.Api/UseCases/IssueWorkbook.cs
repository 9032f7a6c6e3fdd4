using Scoring.Api.Reports;
using Scoring.Api.Spreadsheets;
using Scoring.Engine.Registry;
using Scoring.Rules.Compilation;

namespace Scoring.Api.UseCases;

/// <summary>The self-scoring workbook of a version for a group, or for a registered agency (its group, code and name filled in from the registry).</summary>
public sealed class IssueWorkbook(ReadRecords records, ReadAgencyYear years)
{
    /// <summary>The appraisal workbook of an agency's year: its answers in use, the appraisals in force, and the columns to change them, for
    /// the appraisal team to fill and upload back; or why not (no accepted upload yet).</summary>
    public async Task<Outcome<ReportFile>> AppraisalAsync(string agency, int year, CompiledCriteria criteria, CancellationToken ct)
    {
        var view = await years.RunAsync(agency, year, criteria, ct).ConfigureAwait(false);
        if (view.Answers is not { } answers)
        {
            return Outcome<ReportFile>.Fail(OutcomeKind.NotFound, $"Đơn vị {agency} chưa có tệp nào được nhận năm {year}: chưa có gì để thẩm định.");
        }
        var evidence = (await records.EvidenceAsync(agency, year, criteria.Version.Id, ct).ConfigureAwait(false))
            .Select(e => new EvidenceListRow(e.ItemCode, e.FileName, Attachments.EvidenceKind.Of(e.Kind).Name, UploadMessages.Size(e.Size, up: true), e.Sha256,
                e.AttachedBy, VietnamDays.Moment(e.AttachedAt)))
            .ToList();
        var bytes = WorkbookTemplate.Write(new TemplateRequest(criteria, answers.GroupCode, answers.AgencyCode, answers.AgencyName, answers, Appraisal: true, evidence));
        return Outcome<ReportFile>.Done(new ReportFile(bytes, $"tham-dinh-{agency}-{year}-{criteria.Version.Id}.xlsx"), $"Bảng thẩm định của {answers.AgencyName ?? agency}.");
    }

    /// <summary>An agency's current result as a printable workbook or a PDF (<see cref="ResultWorkbook"/>): every item of its latest
    /// accepted upload, self-scored and with the appraisals in force, the totals and the class; or why not (no accepted upload yet).</summary>
    public async Task<Outcome<ReportFile>> ResultAsync(string agency, int year, CompiledCriteria criteria, string madeBy, DateTimeOffset madeAt, bool pdf,
        CancellationToken ct)
    {
        var view = await years.RunAsync(agency, year, criteria, ct).ConfigureAwait(false);
        if (view is not { Agency: { } info, Self: { } self, Final: { } final })
        {
            return Outcome<ReportFile>.Fail(OutcomeKind.NotFound, $"Đơn vị {view.Agency?.Name ?? agency} chưa có tệp nào được nhận năm {year} theo bộ tiêu chí {criteria.Version.Id}: chưa có kết quả.");
        }
        var source = view.Revisions.FirstOrDefault(r => r.Id == view.Submission?.LatestAcceptedRevision)?.FileName ?? "";
        var scored = new ScoredAgency(info.Code, info.Name, self, final, source);
        var bytes = pdf ? ResultWorkbook.Pdf(criteria.Version, criteria.Hash, scored, madeAt, madeBy) : ResultWorkbook.Write(criteria.Version, criteria.Hash, scored, madeAt, madeBy);
        var name = $"ket-qua-{agency}-{year}-{criteria.Version.Id}.{(pdf ? "pdf" : "xlsx")}";
        return Outcome<ReportFile>.Done(new ReportFile(bytes, name), $"Kết quả của {info.Name}.");
    }

    /// <summary>The workbook, or why not: an unknown agency, no group chosen, a group the version lacks or that is not the agency's.</summary>
    public async Task<Outcome<ReportFile>> RunAsync(CompiledCriteria criteria, string? agency, string? group, int? year, CancellationToken ct)
    {
        var id = criteria.Version.Id;
        AgencyInfo? info = null;
        if (agency is not null)
        {
            if ((await records.AgenciesAsync(ct).ConfigureAwait(false)).GetValueOrDefault(agency) is not { } found)
            {
                return Outcome<ReportFile>.Fail(OutcomeKind.NotFound, $"Mã đơn vị \"{agency}\" không có trong danh sách đơn vị.");
            }
            if (group is not null && group != found.Group)
            {
                return Outcome<ReportFile>.Fail(OutcomeKind.Invalid, $"Đơn vị {agency} thuộc khối {found.Group}, không phải khối {group}.");
            }
            (info, group) = (found, found.Group);
        }
        if (group is null)
        {
            return Outcome<ReportFile>.Fail(OutcomeKind.Invalid, "Cần chọn khối (tham số group) hoặc đơn vị (tham số agency).");
        }
        if (criteria.Version.FindGroup(group) is not { } known)
        {
            return Outcome<ReportFile>.Fail(OutcomeKind.NotFound,
                $"Khối \"{group}\" không có trong bộ tiêu chí {id}; các khối: {string.Join(", ", criteria.Version.Groups.Select(g => g.Name))}.");
        }
        var bytes = WorkbookTemplate.Write(new TemplateRequest(criteria, group, info?.Code, info?.Name));
        var name = $"tu-cham-{info?.Code ?? group}{((year ?? criteria.Version.Identity.Year) is { } y ? $"-{y}" : "")}-{id}.xlsx";
        return Outcome<ReportFile>.Done(new ReportFile(bytes, name), $"Bảng tự chấm điểm {criteria.Version.Identity.Title}, khối {known.Name}.");
    }
}
