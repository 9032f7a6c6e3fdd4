namespace Scoring.Api.Attachments;

/// <summary>The types of evidence file an agency may attach, as read from the bytes: what to call each, the file name endings it may
/// carry, how it is served, and whether a browser shows it inertly (so it may open in a sandboxed frame rather than download).</summary>
public sealed record EvidenceKind(string Code, string Name, IReadOnlyList<string> Extensions, string ContentType, bool Inline)
{
    /// <summary>A PDF.</summary>
    public static readonly EvidenceKind Pdf = new("pdf", "PDF", [".pdf"], "application/pdf", Inline: true);
    /// <summary>A JPEG photo or scan.</summary>
    public static readonly EvidenceKind Jpeg = new("jpeg", "ảnh JPEG", [".jpg", ".jpeg"], "image/jpeg", Inline: true);
    /// <summary>A PNG image.</summary>
    public static readonly EvidenceKind Png = new("png", "ảnh PNG", [".png"], "image/png", Inline: true);
    /// <summary>A Word document.</summary>
    public static readonly EvidenceKind Docx = new("docx", "văn bản Word (.docx)", [".docx"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Inline: false);
    /// <summary>An Excel workbook.</summary>
    public static readonly EvidenceKind Xlsx = new("xlsx", "bảng tính Excel (.xlsx)", [".xlsx"], Spreadsheets.Xlsx.ContentType, Inline: false);

    /// <summary>Every kind, in the order they are named to people.</summary>
    public static IReadOnlyList<EvidenceKind> All { get; } = [Pdf, Jpeg, Png, Docx, Xlsx];

    /// <summary>The kind stored under a code.</summary>
    public static EvidenceKind Of(string code) => All.Single(k => k.Code == code);

    /// <summary>What may be attached, in words.</summary>
    public const string Expected = "PDF, ảnh JPEG hoặc PNG, văn bản Word (.docx) hoặc bảng tính Excel (.xlsx)";
}
