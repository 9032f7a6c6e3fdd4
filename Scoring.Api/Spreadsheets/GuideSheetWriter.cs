using OfficeOpenXml;
using OfficeOpenXml.Style;
using Scoring.Engine.Criteria;
using static Scoring.Api.Spreadsheets.TemplateLayout;

namespace Scoring.Api.Spreadsheets;

/// <summary>The "Hướng dẫn" sheet: how to fill the workbook, in plain Vietnamese.</summary>
internal static class GuideSheetWriter
{
    public static void Write(ExcelWorksheet sheet, CriteriaVersion version, bool appraisal)
    {
        string[] lines = appraisal
            ?
            [
                "HƯỚNG DẪN THẨM ĐỊNH",
                $"1. Trang tính \"{ScoreSheet}\" đã có điểm tự chấm của đơn vị; các cột tự chấm được khóa, không sửa.",
                "2. Với tiêu chí cần điều chỉnh: nhập điểm ở cột \"Điểm thẩm định\" (từ 0 đến điểm tối đa) và ghi rõ lý do ở cột \"Lý do thẩm định\".",
                "3. Để trống cột \"Điểm thẩm định\" nếu giữ nguyên điểm tự chấm.",
                "4. Điểm thẩm định là điểm cuối cùng; điểm tự chấm và lý do được lưu lại cùng kết quả.",
                "5. Không thêm, xóa hay đổi thứ tự dòng, không sửa mã tiêu chí và điểm tối đa.",
            ]
            :
            [
                "HƯỚNG DẪN TỰ CHẤM ĐIỂM",
                $"Bộ tiêu chí: {version.Identity.Title} (mã {version.Id}).",
                $"1. Ghi mã đơn vị và tên đơn vị ở đầu trang tính \"{ScoreSheet}\".",
                "2. Chỉ nhập vào các ô nền vàng; các ô khác được khóa.",
                $"3. Cột \"Số liệu / Mức\": chọn \"{Yes}\" hoặc \"{No}\", nhập tỷ lệ phần trăm (0 đến 100), số lượng, số lần, hoặc chọn mức đánh giá, tùy tiêu chí (xem cột \"Cách chấm\").",
                "4. Cột \"Điểm tự chấm\": nhập điểm với tiêu chí chấm theo mức độ (đúng bước chấm); các tiêu chí khác được tính tự động từ số liệu.",
                $"5. Tiêu chí không áp dụng với đơn vị (chỉ những tiêu chí cho phép): chọn \"{NotApplicable}\" và ghi giải trình.",
                "6. Cột \"Tài liệu kiểm chứng\": ghi số, ký hiệu, ngày văn bản kiểm chứng. Tiêu chí có dấu (*) bắt buộc có tài liệu kiểm chứng hoặc giải trình khi có điểm.",
                "7. Cuối trang tính là phần số liệu của đơn vị (ví dụ số vụ việc điểm nóng); điền đầy đủ.",
                "8. Số thập phân dùng dấu phẩy hoặc dấu chấm đều được (ví dụ 4,5 hoặc 4.5).",
                "9. Tổng điểm trên bảng chỉ để tham khảo; khi nộp, phần mềm kiểm tra từng ô, báo lỗi kèm vị trí ô nếu có, và tính điểm chính thức.",
                "10. Không thêm, xóa hay đổi thứ tự dòng, không sửa mã tiêu chí và điểm tối đa: tệp sẽ bị từ chối.",
            ];
        sheet.Cells.Style.Font.Name = SheetStyle.Font;
        sheet.Cells.Style.Font.Size = 12;
        sheet.Column(1).Width = 120;
        for (var i = 0; i < lines.Length; i++)
        {
            var cell = sheet.Cells[i + 1, 1];
            cell.Value = lines[i];
            cell.Style.WrapText = true;
            cell.Style.VerticalAlignment = ExcelVerticalAlignment.Top;
            sheet.Row(i + 1).Height = SheetStyle.HeightFor(lines[i].Length, 120, 18);
        }
        sheet.Cells[1, 1].Style.Font.Bold = true;
        sheet.Cells[1, 1].Style.Font.Size = 14;
        sheet.Protection.IsProtected = true;
        SheetStyle.Printable(sheet, "$1:$1");
    }
}
