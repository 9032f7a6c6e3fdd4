using System.Buffers.Binary;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Spreadsheets;

/// <summary>
/// Looks at an uploaded file's bytes before anything parses it (the upload reader, or EPPlus for agency lists), and refuses what is not a plain .xlsx
/// workbook that is safe to open: empty or oversized files, old .xls, password-protected workbooks, text, CSV or PDF
/// renamed to .xlsx, other zips, macro-enabled workbooks, zip bombs and truncated zips. Every problem is in Vietnamese.
/// </summary>
public static class UploadGuard
{
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> PdfSignature => "%PDF"u8;

    /// <summary>How many leading bytes decide whether a file is text.</summary>
    private const int TextSample = 8192;

    /// <summary>
    /// Checks an upload. Returns every problem found, each naming the file in <c>Where</c>, or an empty list when
    /// the bytes are a plain .xlsx zip that is safe to open.
    /// </summary>
    /// <param name="bytes">The file as received.</param>
    /// <param name="fileName">The name the user gave the file, for the messages.</param>
    /// <param name="limits">Size limits; sizes inside the zip are read from its directory, never by extracting.</param>
    public static IReadOnlyList<Problem> Check(ReadOnlySpan<byte> bytes, string fileName, UploadLimits limits)
    {
        var where = string.IsNullOrWhiteSpace(fileName) ? "(tệp không tên)" : fileName;
        if (bytes.IsEmpty)
        {
            return [new Problem(where, null, UploadMessages.Empty)];
        }

        var problems = new List<Problem>();
        var tooLarge = bytes.Length > limits.MaxBytes;
        if (tooLarge)
        {
            problems.Add(new Problem(where, null, UploadMessages.TooLarge(bytes.Length, limits.MaxBytes)));
        }

        if (IsZip(bytes))
        {
            // An oversized zip is not opened at all: its size is already a reason to refuse it.
            if (!tooLarge)
            {
                ZipInspection.Inspect(bytes, where, limits, problems);
            }
        }
        else
        {
            problems.Add(new Problem(where, null, NotZip(bytes)));
        }

        return problems;
    }

    /// <summary>Checks an upload (<see cref="Check"/>) and, when it passes, gives the package for EPPlus to open (agency lists; workbooks are
    /// read from the checked entries by <c>Reading.UploadedWorkbook</c>): rebuilt from exactly the entries the checks read
    /// (<see cref="ZipRebuild"/>), since EPPlus walks the local headers, so that what the guard checked is what is parsed.</summary>
    public static GuardedPackage Open(byte[] bytes, string fileName, UploadLimits limits)
    {
        var problems = Check(bytes, fileName, limits).ToList();
        if (problems.Count > 0)
        {
            return new GuardedPackage(null, problems);
        }
        var rebuilt = ZipRebuild.Rebuild(bytes, string.IsNullOrWhiteSpace(fileName) ? "(tệp không tên)" : fileName, problems);
        return new GuardedPackage(rebuilt, problems);
    }

    /// <summary>Whether the bytes start like a zip (every .xlsx is one); anything else is not a workbook at all.</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) => IsZip(bytes);

    /// <summary>A local file header, an empty archive's end record, or a spanned archive's marker.</summary>
    private static bool IsZip(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K'
        && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6) || (bytes[2] == 7 && bytes[3] == 8));

    /// <summary>Names what a file that is not a zip looks like.</summary>
    private static string NotZip(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(OleSignature))
        {
            if (HasOleEntry(bytes, "EncryptionInfo") || HasOleEntry(bytes, "EncryptedPackage"))
            {
                return UploadMessages.Encrypted;
            }

            // An .xls holds a "Workbook" (or older "Book") stream; anything else that is plainly Word or PowerPoint is
            // named as such, and the rest is taken for an .xls, the usual case.
            return HasOleEntry(bytes, "WordDocument") || HasOleEntry(bytes, "PowerPoint Document")
                ? UploadMessages.OldOffice
                : UploadMessages.OldExcel;
        }

        if (bytes.StartsWith(PdfSignature))
        {
            return UploadMessages.Pdf;
        }

        return LooksLikeText(bytes) ? UploadMessages.Text : UploadMessages.Unknown;
    }

    /// <summary>
    /// Whether an OLE2 compound file has a directory entry with this name. Directory sectors start at a multiple of
    /// the sector size (512 or 4096 bytes), so every entry starts at a multiple of 128 after the header; an entry holds
    /// its UTF-16LE name, then at byte 64 the name's length in bytes with its terminating NUL.
    /// </summary>
    private static bool HasOleEntry(ReadOnlySpan<byte> bytes, string name)
    {
        var nameBytes = name.Length * 2;
        for (var at = 512; at + 128 <= bytes.Length; at += 128)
        {
            var entry = bytes.Slice(at, 128);
            if (BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]) != nameBytes + 2 || entry[nameBytes] != 0 || entry[nameBytes + 1] != 0)
            {
                continue;
            }

            var same = true;
            for (var i = 0; i < name.Length && same; i++)
            {
                same = entry[2 * i + 1] == 0 && char.ToUpperInvariant((char)entry[2 * i]) == char.ToUpperInvariant(name[i]);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the first bytes read as text: a UTF-16 byte-order mark (Excel's "Unicode text"), or no NUL and almost no
    /// control characters. Bytes above 127 count as text, for UTF-8 and for the old Vietnamese 8-bit encodings.
    /// </summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return true;
        }

        var sample = bytes[..Math.Min(bytes.Length, TextSample)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return false;
            }

            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A)) || b == 0x7F)
            {
                control++;
            }
        }

        return control * 100 <= sample.Length;
    }
}

/// <summary>An upload after the guard: the package to open (null when refused) and every problem found.</summary>
public sealed record GuardedPackage(byte[]? Package, IReadOnlyList<Problem> Problems);
