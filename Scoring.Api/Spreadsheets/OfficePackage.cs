namespace Scoring.Api.Spreadsheets;

/// <summary>What kind of Office package a zip must be: its main part, the folder of its parts (where macros and active content live), and
/// the parts it must not carry because they act when the file is opened (links to other files, refreshing connections, embedded objects,
/// ActiveX, pivot caches in a workbook; embedded objects, ActiveX and any relationship to an outside file or template other than a
/// hyperlink in a document).</summary>
public sealed record OfficePackage(string MainPart, string Folder, IReadOnlyList<(string Prefix, string What)> Refused, bool RefuseExternal = false)
{
    /// <summary>An .xlsx workbook.</summary>
    public static OfficePackage Workbook { get; } = new("xl/workbook.xml", "xl/",
    [
        ("xl/externalLinks/", "liên kết tới tệp khác (external link)"),
        ("xl/connections.xml", "kết nối dữ liệu tự làm mới (data connection)"),
        ("xl/queryTables/", "bảng truy vấn dữ liệu (query table)"),
        ("xl/embeddings/", "đối tượng hoặc tệp nhúng (OLE)"),
        ("xl/activeX/", "điều khiển ActiveX"),
        ("xl/pivotCache/", "bảng tổng hợp (PivotTable)"),
        ("xl/pivotTables/", "bảng tổng hợp (PivotTable)"),
    ]);

    /// <summary>A .docx document.</summary>
    public static OfficePackage Document { get; } = new("word/document.xml", "word/",
    [
        ("word/embeddings/", "đối tượng hoặc tệp nhúng (OLE)"),
        ("word/activeX/", "điều khiển ActiveX"),
    ], RefuseExternal: true);
}
