using Scoring.Engine.Criteria;

namespace Scoring.Api.Spreadsheets;

/// <summary>The rows of a workbook, planned before writing so formulas can refer to any item's or input's cell.</summary>
internal sealed class TemplatePlan
{
    private readonly Dictionary<string, int> _itemRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inputRows = new(StringComparer.Ordinal);

    /// <summary>Plans the workbook of a group; the sections the superior level scores have rows only in the appraisal workbook.</summary>
    public TemplatePlan(CriteriaVersion version, string group, bool appraisal)
    {
        var row = TemplateLayout.HeaderRow + 1;
        foreach (var section in version.Sections.Where(s => s.AppliesToGroup(group) && (appraisal || !s.AwardedBySuperior)))
        {
            var items = section.Items.Where(i => version.Applies(i, group)).ToList();
            Blocks.Add(new Block(section.Code, section.Title, section.Max, row++, Place(items, ref row), BlockKind.Section));
        }
        foreach (var (block, kind, title) in new[] { (version.Bonus, BlockKind.Bonus, "Điểm thưởng"), (version.Deductions, BlockKind.Deductions, "Điểm trừ") })
        {
            var items = block.Items.Where(i => version.Applies(i, group)).ToList();
            if (items.Count > 0)
            {
                Blocks.Add(new Block("", title, block.Max, row++, Place(items, ref row), kind));
            }
        }
        TotalsRow = row;
        row += version.FindGroup(group) is { } own && version.Rescales(own) ? 4 : 2;
        InputsHeaderRow = ++row;
        foreach (var input in version.Inputs)
        {
            _inputRows[input.Code] = ++row;
        }
        LastRow = row;
    }

    /// <summary>The sections, then the bonus and deduction blocks, each with its row and its items' rows.</summary>
    public List<Block> Blocks { get; } = [];

    /// <summary>The first totals row.</summary>
    public int TotalsRow { get; }

    /// <summary>The header row of the inputs block.</summary>
    public int InputsHeaderRow { get; }

    /// <summary>The last used row.</summary>
    public int LastRow { get; }

    /// <summary>The row of an item.</summary>
    public int ItemRow(string code) => _itemRows[code];

    /// <summary>Whether an item has a row (it applies to the group).</summary>
    public bool HasItem(string code) => _itemRows.ContainsKey(code);

    /// <summary>The row of an input.</summary>
    public int InputRow(string code) => _inputRows[code];

    private List<(Item Item, int Row)> Place(List<Item> items, ref int row)
    {
        var placed = new List<(Item, int)>();
        foreach (var item in items)
        {
            _itemRows[item.Code] = row;
            placed.Add((item, row++));
        }
        return placed;
    }

    /// <summary>A section or a bonus or deduction block: its own row, then its items.</summary>
    public sealed record Block(string Code, string Title, decimal Max, int Row, List<(Item Item, int Row)> Items, BlockKind Kind);

    /// <summary>What a block is.</summary>
    public enum BlockKind
    {
        Section,
        Bonus,
        Deductions,
    }
}
