using System.Globalization;
using System.Xml;

namespace Scoring.Api.Spreadsheets.Reading;

/// <summary>One worksheet's cells, read straight from its XML part: values as Excel shows them (texts from the shared table, numbers, yes or no,
/// errors, and numbers under a built-in date format as dates), formulas (a shared formula as it reads in each cell), and number formats
/// (the cell's style, else its row's, else its column's). Only the first <see cref="KeptColumns"/> columns are kept; every cell counts
/// for <see cref="LastRow"/>.</summary>
internal sealed class SheetCells
{
    /// <summary>The columns kept (a self-scoring sheet uses A to J): a sheet with thousands of columns costs no memory.</summary>
    public const int KeptColumns = 16;

    /// <summary>Day 0 of the 1904 date system, in the 1900 system's days.</summary>
    private const double Date1904Offset = 1462;

    private readonly Dictionary<int, SheetCell> _cells;

    private SheetCells(Dictionary<int, SheetCell> cells, int lastRow) => (_cells, LastRow) = (cells, lastRow);

    /// <summary>The last row holding a cell (0 for an empty sheet).</summary>
    public int LastRow { get; }

    /// <summary>A cell (empty when the sheet has none there or it is beyond the kept columns).</summary>
    public SheetCell this[int row, int column] => column is >= 1 and <= KeptColumns ? _cells.GetValueOrDefault(Key(row, column)) : default;

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
        return new SheetCells(state.Finish(), state.LastRow);
    }

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>What reading a sheet keeps track of: the current row and column, row and column styles, shared formulas.</summary>
    private sealed class SheetState(IReadOnlyList<string> strings, CellStyles styles, double dateOffset)
    {
        private readonly Dictionary<int, SheetCell> _cells = [];
        private readonly List<(int Min, int Max, int Style)> _columnStyles = [];
        private readonly Dictionary<int, (string Formula, int Row, int Column)> _shared = [];
        private readonly List<(int Row, int Column, int Index)> _followers = [];
        private int _row;
        private int _column;
        private int? _rowStyle;

        public int LastRow { get; private set; }

        public void Column(int? min, int? max, int? style)
        {
            if (min is { } from && max is { } to && style is { } s and > 0)
            {
                _columnStyles.Add((from, to, s));
            }
        }

        public void Row(int? number, int? style)
        {
            _row = number ?? _row + 1;
            if (_row is < 1 or > CellAddress.MaxRow)
            {
                throw new FormatException("A row number is out of range.");
            }
            _column = 0;
            _rowStyle = style;
        }

        public void Cell(XmlReader reader)
        {
            int row, column;
            if (reader.GetAttribute("r") is { } address)
            {
                if (!CellAddress.TryParse(address, out row, out column))
                {
                    throw new FormatException("A cell address is not one.");
                }
            }
            else
            {
                (row, column) = (Math.Max(_row, 1), _column + 1);
            }
            _column = column;
            LastRow = Math.Max(LastRow, row);
            var type = reader.GetAttribute("t");
            var style = Int(reader.GetAttribute("s"));
            var content = CellContent.Read(reader);
            if (column > KeptColumns)
            {
                return;
            }
            var format = styles.Format(style is > 0 ? style.Value : _rowStyle ?? ColumnStyle(column) ?? 0);
            var (value, number) = Value(type, content, style ?? 0);
            var formula = content.Formula;
            if (content.SharedIndex is { } index)
            {
                if (!string.IsNullOrEmpty(formula))
                {
                    _shared[index] = (formula, row, column);
                }
                else
                {
                    _followers.Add((row, column, index));
                }
            }
            _cells[Key(row, column)] = new SheetCell(value, number, formula, format);
        }

        private int? ColumnStyle(int column) => _columnStyles.FindLast(c => column >= c.Min && column <= c.Max) is { Style: > 0 } c ? c.Style : null;

        /// <summary>The value as Excel's library gives it, and the number stored when the cell holds one.</summary>
        private (object? Value, double? Number) Value(string? type, CellContent content, int style)
        {
            if (content.Inline is { } inline)
            {
                return (inline, null);
            }
            if (content.Value is not { } v)
            {
                return (null, null);
            }
            switch (type)
            {
                case "s":
                    var index = int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture);
                    return (index >= 0 && index < strings.Count ? strings[index] : throw new FormatException("A shared text index is out of range."), null);
                case "str" or "inlineStr":
                    return (XmlText.Decode(v), null);
                case "b":
                    return (v.Trim() != "0", null);
                case "e":
                    return (new CellError(v.Trim().ToUpperInvariant()), null);
            }
            if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return (styles.IsDate(style) ? v : double.NaN, null);
            }
            var days = d + dateOffset;
            return styles.IsDate(style) && days is >= -657435.0 and < 2958465.9999999 ? (DateTime.FromOADate(days), d) : (d, d);
        }

        /// <summary>The cells, with each cell of a shared formula given the formula as it reads there.</summary>
        public Dictionary<int, SheetCell> Finish()
        {
            foreach (var (row, column, index) in _followers)
            {
                if (_shared.TryGetValue(index, out var first))
                {
                    var key = Key(row, column);
                    _cells[key] = _cells[key] with { Formula = SharedFormula.Moved(first.Formula, row - first.Row, column - first.Column) };
                }
            }
            return _cells;
        }
    }
}
