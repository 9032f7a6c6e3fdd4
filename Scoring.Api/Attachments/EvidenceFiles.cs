using System.IO.Compression;
using Scoring.Api.Spreadsheets;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Attachments;

/// <summary>Limits on evidence: the largest file and the most one submission may store (distinct files, counted once).</summary>
public sealed record EvidenceLimits(long MaxFileBytes, long MaxSubmissionBytes)
{
    /// <summary>10 MB a file, 100 MB a submission.</summary>
    public static EvidenceLimits Default { get; } = new(10 * 1024 * 1024, 100 * 1024 * 1024);
}

/// <summary>Tells what an evidence file is from its bytes, never from its name or declared type, and refuses what may not be attached:
/// an empty or oversized file, a program, any other type, a name whose ending says another type, and Office files that fail the checks
/// workbooks pass (macros, active content, zip bombs, DOCTYPEs).</summary>
public static class EvidenceFiles
{
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngMagic => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipMagic => [(byte)'P', (byte)'K', 3, 4];

    /// <summary>The file's kind, or every problem (each naming the file).</summary>
    public static (EvidenceKind? Kind, IReadOnlyList<Problem> Problems) Identify(byte[] bytes, string fileName, EvidenceLimits limits)
    {
        var where = string.IsNullOrWhiteSpace(fileName) ? "(tệp không tên)" : fileName;
        if (bytes.Length == 0)
        {
            return Fail(where, $"Tệp rỗng (0 byte), không có nội dung. Hãy chọn tệp {EvidenceKind.Expected}.");
        }
        if (bytes.LongLength > limits.MaxFileBytes)
        {
            return Fail(where, $"Tệp quá lớn: {UploadMessages.Size(bytes.LongLength, up: true)}, vượt giới hạn {UploadMessages.Size(limits.MaxFileBytes, up: false)} "
                + "một tệp kiểm chứng. Hãy giảm độ phân giải khi quét hoặc tách thành nhiều tệp.");
        }
        var span = bytes.AsSpan();
        var kind = span.StartsWith(PdfMagic) ? EvidenceKind.Pdf
            : span.StartsWith(PngMagic) ? EvidenceKind.Png
            : span.StartsWith(JpegMagic) ? EvidenceKind.Jpeg
            : span.StartsWith(ZipMagic) ? Office(bytes)
            : null;
        if (kind is null)
        {
            return Fail(where, Program(span)
                ? $"Tệp là chương trình chạy được, không phải tài liệu: không được đính kèm. Hãy chọn tệp {EvidenceKind.Expected}."
                : $"Nội dung tệp không phải {EvidenceKind.Expected}. Hãy lưu tài liệu dưới một trong các dạng đó rồi đính kèm lại.");
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!kind.Extensions.Contains(extension))
        {
            return Fail(where, $"Tên tệp có đuôi \"{(extension.Length > 0 ? extension : "(không có)")}\" nhưng nội dung là {kind.Name}: "
                + $"hãy đặt đúng đuôi ({string.Join(" hoặc ", kind.Extensions)}) hoặc chọn đúng tệp.");
        }
        var problems = new List<Problem>();
        if (kind == EvidenceKind.Xlsx || kind == EvidenceKind.Docx)
        {
            // The same checks as an uploaded workbook: sizes inside the zip, macros, content that acts when opened, every XML part.
            var office = new UploadLimits(limits.MaxFileBytes, 10 * limits.MaxFileBytes, 1000, 100_000);
            ZipInspection.Inspect(bytes, where, office, problems, kind == EvidenceKind.Docx ? OfficePackage.Document : OfficePackage.Workbook);
        }
        return problems.Count > 0 ? (null, problems) : (kind, []);
    }

    // A zip is a .docx or .xlsx by its main part (the checks then decide whether it is a safe one).
    private static EvidenceKind? Office(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry(OfficePackage.Document.MainPart) is not null ? EvidenceKind.Docx
                : zip.GetEntry(OfficePackage.Workbook.MainPart) is not null ? EvidenceKind.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // Windows and Linux programs, and scripts.
    private static bool Program(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("MZ"u8) || bytes.StartsWith("\u007fELF"u8) || bytes.StartsWith("#!"u8);

    private static (EvidenceKind?, IReadOnlyList<Problem>) Fail(string where, string message) => (null, [new Problem(where, null, message)]);
}
