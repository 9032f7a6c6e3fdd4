using System.Globalization;
using Scoring.Api.Storage;
using Scoring.Engine.Criteria;
using Scoring.Engine.Evaluation;
using Scoring.Engine.Text;

namespace Scoring.Api.Reports;

/// <summary>The results annex of a classification decision as an office files it (Nghị định 30/2020/NĐ-CP): the issuing body beside the
/// national motto, the place and date, "PHỤ LỤC" and the title with the year, the "(Kèm theo Quyết định …)" line, one block per group
/// (I, II, …) with its columns, and the signature block; "DỰ THẢO" on a draft. Every text is final (decimal commas, digits as the version
/// rounds), so the workbook and the PDF print the same words.</summary>
internal sealed record AnnexDocument(IReadOnlyList<string> Issuer, string PlaceAndDate, string Title, string Attached, bool Draft,
    IReadOnlyList<AnnexColumn> Columns, IReadOnlyList<AnnexBlock> Blocks, string SignerTitle, string SignerName)
{
    /// <summary>The national name, as every administrative document opens.</summary>
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The motto under it.</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>What a draft says on every page.</summary>
    public const string DraftMark = "DỰ THẢO";

    /// <summary>The annex of a run's rows in their stored order (ranks as stored), with the decision it was published with.</summary>
    public static AnnexDocument Of(ReportInfo info, IReadOnlyList<(Group Group, IReadOnlyList<ReportRow> Rows)> groups)
    {
        var version = info.Version;
        var decision = info.Run?.Decision;
        var issuer = (decision?.Issuer ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var year = info.Run?.Year ?? version.Identity.Year;
        var columns = AnnexColumns.For(version);
        var blocks = groups.Where(g => g.Rows.Count > 0)
            .Select((g, n) => new AnnexBlock(Roman(n + 1), g.Group.Name, [.. g.Rows.Select((r, i) => (IReadOnlyList<string>)[.. columns.Select(c => c.Text(i + 1, r, version))])]))
            .ToList();
        var number = decision?.Number ?? "……/QĐ-……";
        var day = decision?.Date is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "…/…/……";
        var of = issuer.Length > 0 ? $" của {issuer[^1]}" : "";
        return new AnnexDocument(
            [.. issuer.Select(DocumentLabels.Upper)],
            $"{decision?.Place ?? "……"}, {DateWords(decision?.Date)}",
            $"KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CÔNG TÁC DÂN VẬN{(year is { } y ? $" NĂM {y}" : "")}",
            $"(Kèm theo Quyết định số {number} ngày {day}{of})",
            info.Run?.Draft ?? false,
            columns, blocks,
            DocumentLabels.Upper(decision?.SignerTitle ?? ""), decision?.SignerName ?? "");
    }

    /// <summary>"ngày 15 tháng 01 năm 2025" as the decree writes dates (a zero before days under 10 and months under 3).</summary>
    public static string DateWords(DateOnly? date) => date is { } d
        ? $"ngày {d.Day.ToString(d.Day < 10 ? "00" : "0", CultureInfo.InvariantCulture)} tháng {d.Month.ToString(d.Month < 3 ? "00" : "0", CultureInfo.InvariantCulture)} năm {d.Year.ToString(CultureInfo.InvariantCulture)}"
        : "ngày … tháng … năm ……";

    /// <summary>I, II, III, … for the groups' blocks.</summary>
    public static string Roman(int n)
    {
        (int Value, string Digits)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = "";
        foreach (var (value, digits) in numerals)
        {
            while (n >= value)
            {
                text += digits;
                n -= value;
            }
        }
        return text;
    }

}

/// <summary>One group's block: its numeral, its name, and each agency's cells as printed.</summary>
internal sealed record AnnexBlock(string Numeral, string Name, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>One column of the annex: its header, its share of the page's width, whether its cells are numbers (right-aligned), and its text
/// for an agency (the row number within its group, the row, the version).</summary>
internal sealed record AnnexColumn(string Header, double Width, bool Number, Func<int, ReportRow, CriteriaVersion, string> Text);

/// <summary>The annex's columns for a version: STT, the agency, self-scored and appraised points, bonus, deductions, the total, the class, the
/// rank and the notes; the criteria part and the superior's part when the version has one; the class only when it has classes.</summary>
internal static class AnnexColumns
{
    public static IReadOnlyList<AnnexColumn> For(CriteriaVersion version)
    {
        var superior = version.Sections.Any(s => s.AwardedBySuperior);
        var columns = new List<AnnexColumn>
        {
            new("STT", 4.5, true, (n, _, _) => n.ToString(CultureInfo.InvariantCulture)),
            new("Tên cơ quan, đơn vị", 24, false, (_, r, _) => r.Agency.Name),
            new(DocumentLabels.Self, 7, true, (_, r, v) => Scored(r.Agency.Self) ? Points(r.Agency.Self.Total, v) : "—"),
            new(DocumentLabels.Appraised, 7, true, (_, r, v) => Scored(r.Agency.Final) ? Points(r.Agency.Final.Total, v) : "—"),
        };
        if (superior)
        {
            columns.Add(new(DocumentLabels.CriteriaPart, 7, true, (_, r, v) => Scored(r.Agency.Final) ? Points(r.Agency.Final.CriteriaPart, v) : "—"));
            columns.Add(new(DocumentLabels.SuperiorPart, 7, true, (_, r, v) => Scored(r.Agency.Final) ? Points(r.Agency.Final.SuperiorPart, v) : "—"));
        }
        columns.Add(new(DocumentLabels.Bonus, 7, true, (_, r, _) => Scored(r.Agency.Final) ? Num.Vi(r.Agency.Final.Bonus.Points) : "—"));
        columns.Add(new(DocumentLabels.Deductions, 6, true, (_, r, _) => Scored(r.Agency.Final) ? Num.Vi(r.Agency.Final.Deductions.Points) : "—"));
        columns.Add(new(DocumentLabels.Total, 7, true, (_, r, v) => Scored(r.Agency.Final) ? Points(r.Agency.Final.Total, v) : "—"));
        if (version.Classes.Count > 0)
        {
            columns.Add(new(DocumentLabels.Class, 14, false, (_, r, _) => ClassLabels.Of(r.Agency.Final)));
        }
        columns.Add(new(DocumentLabels.Rank, 5, true, (_, r, _) => r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—"));
        columns.Add(new(DocumentLabels.Notes, 22 + (superior ? 0 : 16) + (version.Classes.Count > 0 ? 0 : 14), false, (_, r, _) => ReportText.Notes(r.Agency)));
        return columns;
    }

    /// <summary>A total as every document shows it (<see cref="PointsFormat.Total"/>).</summary>
    public static string Points(decimal value, CriteriaVersion version) => PointsFormat.Total(version).Vi(value);

    private static bool Scored(AgencyResult r) => r.Status != AgencyStatus.NotAssessed;
}
