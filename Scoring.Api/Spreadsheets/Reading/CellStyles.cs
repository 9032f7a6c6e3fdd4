using System.Globalization;
using System.Xml;

namespace Scoring.Api.Spreadsheets.Reading;

/// <summary>The number format of each cell style of a workbook (styles.xml: <c>cellXfs</c> and <c>numFmts</c>), and which of them show dates.</summary>
internal sealed class CellStyles
{
    /// <summary>Excel's built-in number formats that a cell can name by id alone (the ones a percentage or a date reading depends on, and the usual others).</summary>
    private static readonly Dictionary<int, string> BuiltIn = new()
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%", [11] = "0.00E+00",
        [12] = "# ?/?", [13] = "# ??/??", [14] = "mm-dd-yy", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy", [18] = "h:mm AM/PM",
        [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "m/d/yy h:mm", [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)",
        [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)", [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mmss.0", [48] = "##0.0E+0", [49] = "@",
    };

    private readonly List<int> _formatIds;
    private readonly Dictionary<int, string> _custom;

    private CellStyles(List<int> formatIds, Dictionary<int, string> custom) => (_formatIds, _custom) = (formatIds, custom);

    /// <summary>No styles part: every cell is General.</summary>
    public static CellStyles None { get; } = new([], []);

    /// <summary>The number format code of a cell style (General when the style is unknown).</summary>
    public string Format(int style)
    {
        var id = Id(style);
        return _custom.TryGetValue(id, out var code) ? code : BuiltIn.GetValueOrDefault(id, "General");
    }

    /// <summary>Whether a cell style shows its number as a date or time by a built-in format: Excel's library then gives the cell as a date.</summary>
    public bool IsDate(int style) => Id(style) is (>= 14 and <= 22) or (>= 45 and <= 47);

    private int Id(int style) => style >= 0 && style < _formatIds.Count ? _formatIds[style] : 0;

    /// <summary>Reads styles.xml.</summary>
    public static CellStyles Read(XmlReader reader)
    {
        var ids = new List<int>();
        var custom = new Dictionary<int, string>();
        // The formats of the workbook (numFmts), not those of conditional formats (dxfs), which may reuse an id.
        var (inNumFmts, inCellXfs) = (false, false);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                inNumFmts &= reader.LocalName != "numFmts";
                inCellXfs &= reader.LocalName != "cellXfs";
            }
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (reader.LocalName)
            {
                case "numFmts":
                    inNumFmts = !reader.IsEmptyElement;
                    break;
                case "numFmt" when inNumFmts && Int(reader.GetAttribute("numFmtId")) is { } id:
                    custom[id] = reader.GetAttribute("formatCode") ?? "";
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    ids.Add(Int(reader.GetAttribute("numFmtId")) ?? 0);
                    break;
            }
        }
        return new CellStyles(ids, custom);
    }

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
