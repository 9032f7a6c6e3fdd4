using Microsoft.AspNetCore.Mvc;
using Scoring.Api.Server;
using Scoring.Api.Storage;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Pages;

/// <summary>The appraisal page's evidence: the files the agency attached to each item, to open in the browser or save.</summary>
public sealed partial class AppraisalModel
{
    private IReadOnlyDictionary<string, IReadOnlyList<EvidenceLink>> _evidence = new Dictionary<string, IReadOnlyList<EvidenceLink>>();

    /// <summary>The address of an evidence file of this agency's submission, but its SHA-256.</summary>
    public string EvidenceLink =>
        $"/noi-vu/tham-dinh?handler=Evidence&agency={Uri.EscapeDataString(Agency)}&criteria={Uri.EscapeDataString(Criteria)}&year={Year}&sha=";

    /// <summary>The files attached to an item, in the order attached.</summary>
    public IReadOnlyList<EvidenceLink> EvidenceOf(string item) => _evidence.GetValueOrDefault(item) ?? [];

    /// <summary>One evidence file of the agency's submission: a PDF or an image opens in the browser, others (or with download) are saved.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(string? sha, bool download, CancellationToken ct)
    {
        if (Choose() is not { } criteria)
        {
            return Back(null);
        }
        var file = await ops.Records.EvidenceFileAsync(Agency, Year, criteria.Version.Id, sha ?? "", ct);
        if (file.Value is not { } found)
        {
            Problem = file.Message;
            return Back(null);
        }
        var (bytes, type) = EvidenceResponse.Prepare(Response, found, download);
        return File(bytes, type);
    }

    private async Task LoadEvidenceAsync(CompiledCriteria criteria, CancellationToken ct) =>
        _evidence = (await ops.Records.EvidenceAsync(Agency, Year, criteria.Version.Id, ct))
            .GroupBy(l => l.ItemCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<EvidenceLink>)[.. g]);
}
