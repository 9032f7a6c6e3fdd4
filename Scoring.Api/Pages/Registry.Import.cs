using Microsoft.AspNetCore.Mvc;
using Scoring.Api.Server;
using Scoring.Api.Spreadsheets;
using Scoring.Api.Storage;

namespace Scoring.Api.Pages;

/// <summary>Staff import the agency list (CSV or Excel, with "Thay thế cho") from the registry page: all lines or none, each refused line
/// named with its line (and sheet). The form answers with a redirect to the list, which shows what was done once; importing the same list
/// again changes nothing, so a second click writes nothing twice.</summary>
public sealed partial class RegistryModel
{
    /// <summary>The most refused lines or warnings carried to the page after the redirect; the rest are counted.</summary>
    private const int MaxLines = 50;

    /// <summary>Whether the user may import (Home Affairs staff and administrators).</summary>
    public bool MayImport => User.IsInRole(Roles.Staff) || User.IsInRole(Roles.Admin);

    /// <summary>What the import did (kept across the redirect after it), or null.</summary>
    [TempData]
    public string? Imported { get; set; }

    /// <summary>Why the import was refused (kept across the redirect), or null.</summary>
    [TempData]
    public string? ImportRefused { get; set; }

    /// <summary>The refused lines of an import, or its warnings, one per line of text ("where: message").</summary>
    [TempData]
    public string? ImportLines { get; set; }

    /// <summary>Imports the list, then shows the registry with what was done (or every refused line).</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!MayImport)
        {
            return Forbid();
        }
        if (file is null || file.Length == 0)
        {
            ImportRefused = "Chưa chọn tệp: hãy chọn danh sách đơn vị (.csv hoặc .xlsx) rồi bấm Nhập danh sách.";
        }
        else if (file.Length > UploadLimits.Default.MaxBytes)
        {
            ImportRefused = $"Tệp {file.FileName} quá lớn: tối đa {UploadLimits.Default.MaxBytes / 1024 / 1024} MB.";
        }
        else
        {
            using var memory = new MemoryStream();
            await file.CopyToAsync(memory, ct);
            var outcome = await ops.ImportAgencies.RunAsync(memory.ToArray(), Path.GetFileName(file.FileName), User.Actor(), ct);
            (Imported, ImportRefused) = outcome.Ok ? (outcome.Message, (string?)null) : ((string?)null, outcome.Message);
            var lines = (outcome.Ok ? outcome.Value!.Warnings : outcome.Problems).Select(p => $"{p.Where}: {p.Message}").ToList();
            ImportLines = lines.Count == 0 ? null : string.Join('\n', lines.Take(MaxLines).Append(lines.Count > MaxLines ? $"... và {lines.Count - MaxLines} dòng khác." : null).OfType<string>());
        }
        return RedirectToPage();
    }
}
