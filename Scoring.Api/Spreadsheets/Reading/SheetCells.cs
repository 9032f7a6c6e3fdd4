using System.Globalization;
using System.Xml;

namespace Scoring.Api.Spreadsheets.Reading;

/// <summary>One worksheet's cells, read straight from its XML part: values as Excel shows them (texts from the shared table, numbers, yes or no,
/// errors, and numbers under a built-in date format as dates), formulas (a shared formula as it reads in each cell), and number formats
/// (the cell's style, else its row's, else its column's). Only the first <see cref="KeptColumns"/> columns are kept; every cell counts
/// for <see cref="LastRow"/>.</summary>
internal sealed partial class SheetCells
{
    /// <summary>The columns kept (a self-scoring sheet uses A to J): a sheet with thousands of columns costs no memory.</summary>
    public const int KeptColumns = 16;

    /// <summary>Day 0 of the 1904 date system, in the 1900 system's days.</summary>
    private const double Date1904Offset = 1462;

    /// <summary>The longest formula Excel writes; a shared formula stored longer is not Excel's.</summary>
    private const int MaxFormula = 8192;

    private readonly Dictionary<int, SheetCell> _cells;
    private readonly Dictionary<int, (string Formula, int Row, int Column)> _shared;
    private readonly Dictionary<int, int> _followers;

    private SheetCells(Dictionary<int, SheetCell> cells, Dictionary<int, (string, int, int)> shared, Dictionary<int, int> followers, int lastRow) =>
        (_cells, _shared, _followers, LastRow) = (cells, shared, followers, lastRow);

    /// <summary>The last row holding a cell (0 for an empty sheet).</summary>
    public int LastRow { get; }

    /// <summary>A cell (empty when the sheet has none there or it is beyond the kept columns). A cell of a shared formula gets the formula
    /// as it reads there, worked out when asked (a sheet of thousands of such cells costs nothing until one is read).</summary>
    public SheetCell this[int row, int column]
    {
        get
        {
            if (column is < 1 or > KeptColumns)
            {
                return default;
            }
            var key = Key(row, column);
            var cell = _cells.GetValueOrDefault(key);
            return _followers.TryGetValue(key, out var index) && _shared[index] is var (formula, firstRow, firstColumn)
                ? cell with { Formula = SharedFormula.Moved(formula, row - firstRow, column - firstColumn) }
                : cell;
        }
    }

    private static int Key(int row, int column) => (row * (KeptColumns + 1)) + column;

    /// <summary>Reads a worksheet part. Throws <see cref="XmlException"/> or <see cref="FormatException"/> for a part that is not one.</summary>
    public static SheetCells Read(XmlReader reader, IReadOnlyList<string> strings, CellStyles styles, bool date1904)
    {
        var state = new SheetState(strings, styles, date1904 ? Date1904Offset : 0);
        reader.MoveToContent();
        var ns = reader.NamespaceURI;
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == ns)
            {
                switch (reader.LocalName)
                {
                    case "col":
                        state.Column(Int(reader.GetAttribute("min")), Int(reader.GetAttribute("max")), Int(reader.GetAttribute("style")));
                        break;
                    case "row":
                        state.Row(reader.GetAttribute("r") is { } r ? Int(r) ?? throw new FormatException("A row number is not a number.") : null,
                            Int(reader.GetAttribute("s")));
                        break;
                    case "c":
                        // Reads the whole cell and leaves the reader after it.
                        state.Cell(reader);
                        continue;
                }
            }
            reader.Read();
        }
        state.CheckFollowers();
        return new SheetCells(state.Cells, state.Shared, state.Followers, state.LastRow);
    }

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
