using Scoring.Engine.Registry;
using System.Xml;
using Scoring.Api.Spreadsheets.Reading;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>Reads an uploaded self-scoring or appraisal workbook strictly: by item code, not position; every problem in
/// one pass, each naming the sheet, cell and item and saying what was found and what was expected.</summary>
public static class WorkbookReader
{
    /// <summary>The most problems listed for one file; the rest are counted.</summary>
    public const int MaxProblems = 200;

    /// <summary>Reads <paramref name="bytes"/> (named <paramref name="file"/> in messages) for a compiled version.</summary>
    public static WorkbookUpload Read(byte[] bytes, string file, CompiledCriteria criteria,
        IReadOnlyDictionary<string, AgencyInfo>? agencies = null, UploadLimits? limits = null, IReadOnlyDictionary<string, string>? attached = null)
    {
        limits ??= UploadLimits.Default;
        var problems = UploadGuard.Check(bytes, file, limits);
        if (problems.Count > 0)
        {
            return new WorkbookUpload(null, problems, null);
        }
        // Read from the entries the guard inspected (the central directory), only the parts needed: the stamp and the score sheet.
        SheetCells? meta, sheet;
        try
        {
            using var book = UploadedWorkbook.Open(bytes, limits.MaxUncompressedBytes);
            meta = book.Sheet(MetaSheet);
            sheet = meta is null ? null : book.Sheet(ScoreSheet);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return Fail(file, UploadMessages.Corrupt);
        }
        catch (Exception e) when (e is XmlException or FormatException or OverflowException)
        {
            return Fail(file, UploadMessages.Unreadable);
        }
        return ReadSheets(meta, sheet, file, criteria, agencies, limits, attached);
    }

    private static WorkbookUpload ReadSheets(SheetCells? meta, SheetCells? sheet, string file, CompiledCriteria criteria,
        IReadOnlyDictionary<string, AgencyInfo>? agencies, UploadLimits limits, IReadOnlyDictionary<string, string>? attached)
    {
        var version = criteria.Version;
        var stamp = ReadStamp(meta);
        if (stamp is null)
        {
            return Fail(file, "Tệp không phải bảng tự chấm điểm do phần mềm tạo ra (không có dấu nhận dạng của mẫu). Hãy tải mẫu của đơn vị, điền vào mẫu đó rồi nộp lại.");
        }
        if (stamp.CriteriaId != version.Id)
        {
            return Fail(file, $"Tệp được tạo cho bộ tiêu chí \"{stamp.CriteriaId}\", không phải bộ tiêu chí đang chấm \"{version.Id}\". Hãy tải mẫu của bộ tiêu chí {version.Id}.", stamp);
        }
        if (stamp.CriteriaHash != criteria.Hash)
        {
            return Fail(file, $"Tệp được tạo từ một bản khác của bộ tiêu chí {version.Id} (mã băm {Short(stamp.CriteriaHash)}, bản hiện hành {Short(criteria.Hash)}). Hãy tải lại mẫu.", stamp);
        }
        if (version.FindGroup(stamp.Group) is null)
        {
            return Fail(file, $"Tệp là mẫu của khối \"{stamp.Group}\", không có trong bộ tiêu chí {version.Id}.", stamp);
        }
        if (stamp.TemplateVersion != TemplateLayout.Version)
        {
            return Fail(file, $"Tệp theo mẫu phiên bản {stamp.TemplateVersion}, phần mềm cần mẫu phiên bản {TemplateLayout.Version}. Hãy tải lại mẫu.", stamp);
        }
        if (sheet is null)
        {
            return Fail(file, $"Không có trang tính \"{ScoreSheet}\": mẫu đã bị đổi tên hoặc xóa trang tính. Hãy tải lại mẫu.", stamp);
        }
        var lastRow = sheet.LastRow;
        if (lastRow > limits.MaxRows)
        {
            return Fail(file, $"Trang tính \"{ScoreSheet}\" có {lastRow} dòng, quá giới hạn {limits.MaxRows} dòng của một bảng tự chấm điểm: mẫu đã bị thêm dữ liệu ngoài bảng.", stamp);
        }
        var sheetReader = new ScoreSheetReader(sheet, file, version, stamp, agencies, lastRow, attached);
        var (submission, problems) = sheetReader.Read();
        if (problems.Count > MaxProblems)
        {
            var more = problems.Count - MaxProblems;
            problems = [.. problems.Take(MaxProblems), new Problem(file, null, $"... và {more} lỗi khác; hãy sửa các lỗi trên rồi nộp lại để xem tiếp.")];
        }
        return new WorkbookUpload(problems.Count == 0 ? submission : null, problems, stamp);
    }

    private static TemplateStamp? ReadStamp(SheetCells? meta)
    {
        if (meta is null)
        {
            return null;
        }
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var r = 1; r <= 20; r++)
        {
            if (meta[r, 1].Value is string key)
            {
                rows[key] = CellText.Of(meta[r, 2]);
            }
        }
        return TemplateStamp.From(rows);
    }

    private static WorkbookUpload Fail(string file, string message, TemplateStamp? stamp = null) => new(null, [new Problem(file, null, message)], stamp);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
