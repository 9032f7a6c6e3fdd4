using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;

namespace Scoring.Engine.Runs;

/// <summary>Carries a submission made for one version over to another: answers by the same code, or by the codes a newer
/// item declares it replaces; answers the other version cannot take are dropped and said so.</summary>
public static class AnswerMapping
{
    /// <summary>The submission as the other version would read it, with notes (in Vietnamese) on what could not be carried over.</summary>
    public static (Submission Submission, IReadOnlyList<string> Notes) Map(Submission submission, CriteriaVersion to)
    {
        var notes = new List<string>();
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var appraisals = new Dictionary<string, Appraisal>(StringComparer.Ordinal);
        foreach (var item in to.AllItems.Where(i => to.Applies(i, submission.GroupCode)))
        {
            var source = Source(item, submission.Answers.ContainsKey);
            if (source is not null && item.Kind.TakesAnswer)
            {
                var answer = submission.Answers[source];
                if ((answer.NotApplicable && !item.MayBeNotApplicable) || (!answer.NotApplicable && item.Kind.Check(item, answer).Any()))
                {
                    notes.Add($"Câu trả lời của {source} không dùng được cho tiêu chí {item.Code} ({item.Kind.Label}): tính 0 điểm.");
                }
                else
                {
                    answers[item.Code] = answer;
                }
            }
            var appraisedFrom = submission.Appraisals is null ? null : Source(item, submission.Appraisals.ContainsKey);
            if (appraisedFrom is not null && submission.Appraisals![appraisedFrom] is { } appraisal && appraisal.Points <= item.Max)
            {
                appraisals[item.Code] = appraisal;
            }
        }
        var inputs = submission.Inputs.Where(i => to.Inputs.Any(d => d.Code == i.Key)).ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
        return (submission with { Answers = answers, Inputs = inputs, Appraisals = appraisals.Count > 0 ? appraisals : null, Locations = null }, notes);
    }

    /// <summary>The code in the old version an item takes its answer from: its own code, else the first code it replaces that was answered.</summary>
    public static string? Source(Item item, Func<string, bool> has) =>
        has(item.Code) ? item.Code : item.ReplacedCodes.FirstOrDefault(has);
}
