using System.Globalization;
using System.Text;
using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;
using Scoring.Rules.Format;
using Scoring.Rules.Lint;

namespace Scoring.Bench;

/// <summary>Deterministic benchmark inputs: a 60-item version in the shape of the shipped ones, and agencies with valid answers.</summary>
internal static class Inputs
{
    public const int Seed = 20240601;

    public static readonly string[] Groups = ["so-nganh", "quan-huyen"];

    private static string D(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    /// <summary>6 sections x 9 items (one applies-to pair) + 3 bonus + 3 deductions = 60 items, 2 groups, caps and a gate.</summary>
    public static string VersionYaml()
    {
        var rnd = new Random(Seed);
        var sb = new StringBuilder();
        var sections = new List<(string Code, decimal Max, List<string> Items)>();
        for (var s = 1; s <= 6; s++)
        {
            var items = new List<string>();
            decimal max = 0;
            for (var k = 1; k <= 9; k++)
            {
                var code = $"S{s}.{k}";
                var n = rnd.Next(2, 9);
                var applies = "";
                if (s == 6 && k >= 8)
                {
                    // an applies-to pair of the same maximum, as in the shipped versions (IV.2 / IV.3)
                    n = 6;
                    applies = k == 8 ? ", applies-to: [so-nganh]" : ", applies-to: [quan-huyen]";
                }
                if (!(s == 6 && k == 9))
                {
                    max += n;
                }
                var kind = (s == 1 && k == 1) ? 0 : rnd.Next(7);
                var head = $"code: {code}, title: \"Tiêu chí {code} về công tác dân vận của cơ quan\", max: {n}";
                items.Add(kind switch
                {
                    0 => $"{{ {head}, kind: yes-no{applies} }}",
                    1 => $"{{ {head}, kind: judgment, step: {D(new[] { 0.25m, 0.5m }[rnd.Next(2)])}{applies} }}",
                    2 => $"{{ {head}, kind: tiers, tiers: [ {{ from: 95, points: {n} }}, {{ from: 80, to: 95, points: {D(n * 0.75m)} }}, {{ from: 60, to: 80, points: {D(n * 0.5m)} }}, {{ from: 0, to: 60, points: 0 }} ]{applies} }}",
                    3 => $"{{ {head}, kind: levels, step: 0.5, levels: [ {{ code: tot, name: \"Tốt\", max: {n} }}, {{ code: kha, name: \"Khá\", max: {D(Math.Max(0.5m, n - 1))} }}, {{ code: dat, name: \"Đạt\", max: {D(Math.Max(0.5m, n - 2))} }} ]{applies} }}",
                    4 => $"{{ {head}, kind: count, unit: {D(new[] { 0.5m, 1m, 2m }[rnd.Next(3)])}{applies} }}",
                    5 => $"{{ {head}, kind: deduct-per, per: {D(new[] { 0.5m, 1m, 2m }[rnd.Next(3)])}{applies} }}",
                    _ => rnd.Next(3) switch
                    {
                        0 => $"{{ {head}, kind: formula, formula: \"min(so_mo_hinh * 2, {n})\"{applies} }}",
                        1 => $"{{ {head}, kind: formula, formula: \"if(co_ung_dung_so, {n}, round(so_mo_hinh / 3, 2))\"{applies} }}",
                        _ => $"{{ {head}, kind: formula, formula: 'min(diem(\"S1.1\") + so_mo_hinh * 0.5, {n})'{applies} }}",
                    },
                });
            }
            sections.Add(($"S{s}", max, items));
        }
        var scale = sections.Sum(x => x.Max);
        sb.Append(CultureInfo.InvariantCulture, $"""
            # Generated for the benchmark (fixed seed {Seed}): 60 items in the shape of the shipped versions.
            id: bench-60
            title: "Tiêu chí chấm điểm công tác dân vận (bộ sinh cho đo hiệu năng)"
            jurisdiction: "Thành phố Mẫu"
            sample: true
            scale: {D(scale)}
            rounding: {"{"} mode: half-up, total: 0.01 {"}"}
            rescaling: none
            ranking: {"{"} method: competition, within: group {"}"}
            deadline: "12-01"
            late: flag
            groups:
              - {"{"} code: so-nganh, name: "Sở, ban, ngành" {"}"}
              - {"{"} code: quan-huyen, name: "UBND quận, huyện" {"}"}
            inputs:
              - {"{"} code: diem_nong, title: "Số vụ việc điểm nóng", type: count, default: 0 {"}"}
              - {"{"} code: nguoi_dung_dau_bi_ky_luat, title: "Người đứng đầu bị kỷ luật", type: yes-no, default: 0 {"}"}
              - {"{"} code: so_mo_hinh, title: "Số mô hình được công nhận", type: count, default: 0 {"}"}
              - {"{"} code: co_ung_dung_so, title: "Có ứng dụng chuyển đổi số", type: yes-no, default: 0 {"}"}
              - {"{"} code: ty_le_hai_long, title: "Tỷ lệ người dân hài lòng", type: percent, default: 0 {"}"}
            sections:

            """);
        foreach (var (code, max, items) in sections)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - code: {code}\n    title: \"Mục {code}\"\n    max: {D(max)}\n    items:\n");
            foreach (var item in items)
            {
                sb.Append("      - ").Append(item).Append('\n');
            }
        }
        sb.Append(CultureInfo.InvariantCulture, $"""
            bonus:
              max: 5
              items:
                - {"{"} code: T.1, title: "Mô hình được khen thưởng", max: 4, kind: count, unit: 2 {"}"}
                - {"{"} code: T.2, title: "Được biểu dương", max: 2, kind: yes-no {"}"}
                - {"{"} code: T.3, title: "Sáng kiến được nhân rộng", max: 2, kind: judgment, step: 0.5 {"}"}
            deductions:
              max: 10
              items:
                - {"{"} code: TR.1, title: "Bị nhắc nhở vì chậm triển khai", max: 4, kind: count, unit: 1 {"}"}
                - {"{"} code: TR.2, title: "Cán bộ vi phạm bị kỷ luật", max: 6, kind: count, unit: 2 {"}"}
                - {"{"} code: TR.3, title: "Ít người dân hài lòng", max: 3, kind: formula, formula: "if(ty_le_hai_long < 50, 3, 0)" {"}"}
            classes:
              - {"{"} name: "Tốt", from: {D(scale * 0.9m)} {"}"}
              - {"{"} name: "Khá", from: {D(scale * 0.7m)}, to: {D(scale * 0.9m)} {"}"}
              - {"{"} name: "Trung bình", from: {D(scale * 0.5m)}, to: {D(scale * 0.7m)} {"}"}
              - {"{"} name: "Yếu", from: 0, to: {D(scale * 0.5m)} {"}"}
            caps:
              - {"{"} code: diem-nong, when: "diem_nong > 0", at-most: "Khá", reason: "Để xảy ra điểm nóng" {"}"}
              - {"{"} code: khong-ke-hoach, when: 'diem("S1.1") == 0', at-most: "Trung bình", reason: "Không ban hành kế hoạch" {"}"}
            eligibility:
              - {"{"} code: ky-luat, when: "nguoi_dung_dau_bi_ky_luat", reason: "Người đứng đầu bị kỷ luật" {"}"}

            """);
        return sb.ToString();
    }

    /// <summary>Reads and lints the text; throws on any lint error.</summary>
    public static CriteriaVersion Read(string yaml)
    {
        var read = CriteriaReader.Read(yaml, "bench-60.yaml");
        var errors = CriteriaLinter.Lint(read).Where(p => !p.IsWarning).ToList();
        if (errors.Count > 0 || read.Version is null)
        {
            throw new InvalidOperationException("Generated version does not lint: " + string.Join(Environment.NewLine, errors));
        }
        return read.Version;
    }

    public static string Code(int i) => $"dv-{i:00000}";

    public static string Name(int i) => $"Đơn vị số {i:00000}";

    /// <summary>Valid submissions for agencies 0..n-1 (the same for any n: agency i depends only on i).</summary>
    public static List<Submission> Submissions(CompiledCriteria compiled, int n)
    {
        var v = compiled.Version;
        var list = new List<Submission>(n);
        for (var i = 0; i < n; i++)
        {
            var rnd = new Random(Seed + i);
            var group = Groups[i % Groups.Length];
            var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
            foreach (var item in v.AllItems.Where(it => it.Kind.TakesAnswer && v.Applies(it, group)))
            {
                answers[item.Code] = item.Kind switch
                {
                    YesNoKind => new Answer(rnd.Next(10) < 8 ? 1m : 0m),
                    JudgmentKind j => new Answer(rnd.Next((int)(item.Max / j.Step) / 2, (int)(item.Max / j.Step) + 1) * j.Step),
                    TiersKind => new Answer(rnd.Next(200, 401) / 4m),
                    LevelsKind l => Level(l, rnd),
                    CountKind => new Answer(rnd.Next(0, 7)),
                    DeductPerKind => new Answer(rnd.Next(4) == 0 ? rnd.Next(1, 3) : 0),
                    _ => throw new InvalidOperationException(item.Kind.Code),
                };
            }
            var inputs = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var input in v.Inputs)
            {
                inputs[input.Code] = input.Type switch
                {
                    InputType.Boolean => rnd.Next(10) == 0 ? 1m : 0m,
                    InputType.Percent => rnd.Next(0, 101),
                    _ => rnd.Next(4) == 0 ? rnd.Next(1, 5) : 0m,
                };
            }
            list.Add(new Submission(Code(i), Name(i), group, answers, inputs));
        }
        return list;
    }

    private static Answer Level(LevelsKind l, Random rnd)
    {
        var k = rnd.Next(l.Levels.Count);
        var points = rnd.Next(0, (int)(l.Levels[k].Max / l.Step) + 1) * l.Step;
        return new Answer(points, l.Levels[k].Code);
    }
}
