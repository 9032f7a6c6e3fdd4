using System.Globalization;
using System.Xml;

namespace Scoring.Api.Spreadsheets.Reading;

/// <summary>Reading a sheet part, cell by cell (how a cell's value, format and formula are worked out).</summary>
internal sealed partial class SheetCells
{
    /// <summary>What reading a sheet keeps track of: the current row and column, row and column styles, shared formulas.</summary>
    private sealed class SheetState(IReadOnlyList<string> strings, CellStyles styles, double dateOffset)
    {
        public Dictionary<int, SheetCell> Cells { get; } = [];

        public Dictionary<int, (string Formula, int Row, int Column)> Shared { get; } = [];

        public Dictionary<int, int> Followers { get; } = [];

        // Only the kept columns' styles, the last definition winning: a part repeating a column a million times costs no more.
        private readonly int?[] _columnStyles = new int?[KeptColumns + 1];
        private int _row;
        private int _column;
        private int? _rowStyle;

        public int LastRow { get; private set; }

        public void Column(int? min, int? max, int? style)
        {
            if (min is { } from && max is { } to && style is { } s and > 0)
            {
                for (var c = Math.Max(from, 1); c <= Math.Min(to, KeptColumns); c++)
                {
                    _columnStyles[c] = s;
                }
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
            if (content.SharedIndex is { } index && !string.IsNullOrEmpty(content.Formula))
            {
                // The cell that stores a shared formula, in any column (the cells using it may be kept ones).
                Shared[index] = content.Formula.Length <= MaxFormula ? (content.Formula, row, column) : throw new FormatException("A formula is too long.");
            }
            if (column > KeptColumns)
            {
                return;
            }
            var format = styles.Format(style is > 0 ? style.Value : _rowStyle ?? ColumnStyle(column) ?? 0);
            var (value, number) = Value(type, content, style ?? 0);
            if (content.SharedIndex is { } shared && string.IsNullOrEmpty(content.Formula))
            {
                Followers[Key(row, column)] = shared;
            }
            Cells[Key(row, column)] = new SheetCell(value, number, content.Formula, format);
        }

        private int? ColumnStyle(int column) => _columnStyles[column];

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

        /// <summary>Every cell using a shared formula has the cell that stores it (Excel writes no other kind).</summary>
        public void CheckFollowers()
        {
            if (Followers.Values.Any(index => !Shared.ContainsKey(index)))
            {
                throw new FormatException("A cell uses a shared formula that no cell stores.");
            }
        }
    }
}
