using Scoring.Engine.Criteria;
using Scoring.Engine.Expressions;
using Scoring.Engine.Kinds;
using Scoring.Engine.Text;
using Scoring.Rules.Format;

namespace Scoring.Rules.Lint;

/// <summary>Per-item checks: maxima against their section, steps, tiers, levels, kinds allowed outside the tree, unused inputs.</summary>
internal static class ItemChecks
{
    public static void Check(CriteriaVersion version, SourceMap map, List<CriteriaProblem> problems)
    {
        foreach (var section in version.Sections)
        {
            foreach (var item in section.Items.Where(i => i.Max > section.Max))
            {
                problems.Add(map.Problem("item:" + item.Code, $"Điểm tối đa của tiêu chí {item.Code} ({Num.Vi(item.Max)}) vượt điểm tối đa của mục {section.Code} ({Num.Vi(section.Max)})."));
            }
        }
        foreach (var item in version.AllItems)
        {
            CheckKind(item, map, problems);
            if (item.AwardedBySuperior)
            {
                Superior(item, map, problems);
            }
            if (item.Role != ItemRole.Tree && item.Kind is TiersKind or DeductPerKind)
            {
                problems.Add(map.Problem("kind:" + item.Code,
                    $"Tiêu chí {item.Code} là điểm thưởng hoặc điểm trừ nên không dùng loại \"{item.Kind.Code}\"; dùng count, yes-no, judgment, levels hoặc formula."));
            }
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in version.AllItems.Select(i => i.Kind).OfType<FormulaKind>().Select(f => f.Expression)
                     .Concat(version.Caps.Concat(version.Eligibility).Select(c => c.Condition)))
        {
            CollectInputs(e, used);
        }
        foreach (var input in version.Inputs.Where(i => !used.Contains(i.Code)))
        {
            problems.Add(map.Problem("input:" + input.Code, $"Số liệu {input.Code} được khai báo nhưng không được dùng ở công thức hay điều kiện nào.", warning: true));
        }
    }

    /// <summary>An item the superior level scores has no answer from the agency: nothing may depend on one.</summary>
    private static void Superior(Item item, SourceMap map, List<CriteriaProblem> problems)
    {
        var where = "item:" + item.Code;
        var (what, expected) = item switch
        {
            { Kind: FormulaKind } => ("là công thức", "điểm do cán bộ nhập khi thẩm định; dùng judgment"),
            { EvidenceRequired: true } => ("đòi tài liệu kiểm chứng (evidence: required)", "đơn vị không tự chấm tiêu chí này; bỏ evidence"),
            { MayBeNotApplicable: true } => ("cho phép ghi \"không áp dụng\" (may-be-not-applicable)", "đơn vị không trả lời tiêu chí này; bỏ may-be-not-applicable"),
            _ => (null, null),
        };
        if (what is not null)
        {
            problems.Add(map.Problem(where, $"Tiêu chí {item.Code} thuộc mục do cấp trên đánh giá (awarded-by: superior) nhưng {what}: {expected}."));
        }
    }

    private static void CheckKind(Item item, SourceMap map, List<CriteriaProblem> problems)
    {
        var where = "item:" + item.Code;
        switch (item.Kind)
        {
            case JudgmentKind j when item.Max % j.Step != 0m:
                problems.Add(map.Problem(where, $"Điểm tối đa của tiêu chí {item.Code} ({Num.Vi(item.Max)}) không phải bội số của bước chấm {Num.Vi(j.Step)}."));
                break;
            case TiersKind t:
                TierChecks(item, t, map, problems);
                break;
            case LevelsKind l:
                foreach (var (level, index) in l.Levels.Select((x, i) => (x, i)))
                {
                    if (level.Max > item.Max)
                    {
                        problems.Add(map.Problem($"level:{item.Code}:{index}", $"Mức {level.Name} của tiêu chí {item.Code} có điểm tối đa {Num.Vi(level.Max)}, vượt điểm tối đa của tiêu chí ({Num.Vi(item.Max)})."));
                    }
                    if (level.Max % l.Step != 0m)
                    {
                        problems.Add(map.Problem($"level:{item.Code}:{index}", $"Điểm tối đa của mức {level.Name} ({Num.Vi(level.Max)}) không phải bội số của bước chấm {Num.Vi(l.Step)}."));
                    }
                    if (l.Levels.Take(index).Any(o => o.Code == level.Code || o.Name == level.Name))
                    {
                        problems.Add(map.Problem($"level:{item.Code}:{index}", $"Mức {level.Name} ({level.Code}) của tiêu chí {item.Code} bị trùng."));
                    }
                }
                if (l.Levels.All(x => x.Max < item.Max))
                {
                    problems.Add(map.Problem(where, $"Không mức nào của tiêu chí {item.Code} đạt điểm tối đa {Num.Vi(item.Max)}.", warning: true));
                }
                break;
        }
    }

    private static void TierChecks(Item item, TiersKind kind, SourceMap map, List<CriteriaProblem> problems)
    {
        var tiers = kind.Tiers.Select((t, i) => (t, i)).OrderBy(p => p.t.From).ToList();
        for (var k = 0; k < tiers.Count; k++)
        {
            var (tier, index) = tiers[k];
            var key = $"tier:{item.Code}:{index}";
            if (tier.Points > item.Max)
            {
                problems.Add(map.Problem(key, $"Mức từ {Num.Vi(tier.From)}% của tiêu chí {item.Code} cho {Num.Vi(tier.Points)} điểm, vượt điểm tối đa {Num.Vi(item.Max)}."));
            }
            if (tier.From > 100m || tier.To > 100m && tier.To != null)
            {
                problems.Add(map.Problem(key, $"Mức tỷ lệ của tiêu chí {item.Code} vượt quá 100%."));
            }
            if (k == 0 && tier.From > 0m)
            {
                problems.Add(map.Problem(key, $"Các mức tỷ lệ của tiêu chí {item.Code} bị hở: từ 0% đến dưới {Num.Vi(tier.From)}% chưa có mức điểm (thêm mức from: 0)."));
            }
            if (k + 1 < tiers.Count)
            {
                var next = tiers[k + 1].t;
                if (next.From == tier.From)
                {
                    problems.Add(map.Problem(key, $"Hai mức tỷ lệ của tiêu chí {item.Code} cùng bắt đầu từ {Num.Vi(tier.From)}% (chồng lấn)."));
                }
                else if (tier.To is { } to && to < next.From)
                {
                    problems.Add(map.Problem(key, $"Các mức tỷ lệ của tiêu chí {item.Code} bị hở: từ {Num.Vi(to)}% đến dưới {Num.Vi(next.From)}% chưa có mức điểm."));
                }
                else if (tier.To is { } to2 && to2 > next.From)
                {
                    problems.Add(map.Problem(key, $"Các mức tỷ lệ của tiêu chí {item.Code} chồng lấn: từ {Num.Vi(next.From)}% đến dưới {Num.Vi(to2)}% thuộc hai mức."));
                }
            }
            else if (tier.To is { } top && top < 100m)
            {
                problems.Add(map.Problem(key, $"Các mức tỷ lệ của tiêu chí {item.Code} bị hở: từ {Num.Vi(top)}% trở lên chưa có mức điểm (bỏ \"to\" ở mức cao nhất)."));
            }
        }
    }

    private static void CollectInputs(Expr e, HashSet<string> used) => used.UnionWith(ExprLeaves.Of(e).OfType<InputExpr>().Select(i => i.Code));
}
