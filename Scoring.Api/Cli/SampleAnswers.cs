using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Submissions;

namespace Scoring.Api.Cli;

/// <summary>Plausible answers for sample agencies, the same on every run (a fixed seed per agency): mostly good work, some gaps.</summary>
internal static class SampleAnswers
{
    public static Submission For(CriteriaVersion version, string agency, string name, string group)
    {
        var random = new Random(StableSeed(version.Id + "/" + agency));
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var item in version.AllItems.Where(i => i.Kind.TakesAnswer && !i.AwardedBySuperior && version.Applies(i, group)))
        {
            Answer? answer = item.Kind.Match(
                yesNo: _ => new Answer(random.Next(10) < 8 ? 1m : 0m),
                judgment: j => new Answer(Math.Max(0m, item.Max - (j.Step * random.Next(0, 5)))),
                tiers: _ => new Answer(random.Next(70, 101)),
                levels: l => new Answer(null, l.Levels[Math.Min(l.Levels.Count - 1, random.Next(3) / 2)].Code),
                count: _ => new Answer(item.Role == ItemRole.Deduction ? random.Next(0, 2) : random.Next(0, 6)),
                deductPer: _ => new Answer(random.Next(0, 2)),
                formula: _ => (Answer?)null);
            if (answer is null)
            {
                continue;
            }
            answers[item.Code] = item.EvidenceRequired ? answer with { Evidence = $"Văn bản số {random.Next(1, 200)}/KH ngày {random.Next(1, 28):00}/0{random.Next(1, 9)}" } : answer;
        }
        var inputs = version.Inputs.ToDictionary(i => i.Code, i => i.Type == InputType.Count ? random.Next(0, 10) < 8 ? 0m : 1m : i.Default ?? 0m, StringComparer.Ordinal);
        return new Submission(agency, name, group, answers, inputs);
    }

    // string.GetHashCode is randomised per process; samples must not change from run to run.
    private static int StableSeed(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));
}
