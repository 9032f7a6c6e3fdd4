using Scoring.Engine.Criteria;
using YamlDotNet.RepresentationModel;

namespace Scoring.Rules.Format;

/// <summary>Inputs and the version's policies: rounding, rescaling, ranking.</summary>
public sealed partial class CriteriaReader
{
    private void ReadInputs(YamlMap root)
    {
        foreach (var node in _y.List(root, "inputs", "tệp tiêu chí", false))
        {
            if (node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("code"), out var c) && c is YamlScalarNode { Value: { } code }
                && m.Children.TryGetValue(new YamlScalarNode("type"), out var t) && t is YamlScalarNode { Value: { } type })
            {
                _inputs.TryAdd(code.Trim(), type.Trim() == "yes-no" ? InputType.Boolean : InputType.Number);
            }
        }
    }

    private List<InputDeclaration> ReadInputDeclarations(YamlMap root)
    {
        var inputs = new List<InputDeclaration>();
        foreach (var node in _y.List(root, "inputs", "tệp tiêu chí", false))
        {
            if (_y.Map(node, "số liệu (inputs)", "code", "title", "type", "default") is not { } m)
            {
                continue;
            }
            var code = _y.Text(m, "code", "số liệu", true);
            var title = _y.Text(m, "title", "số liệu", true);
            var typeText = _y.Text(m, "type", "số liệu", true);
            var type = typeText switch
            {
                "count" => InputType.Count,
                "number" => InputType.Number,
                "percent" => InputType.Percent,
                "yes-no" => InputType.Boolean,
                _ => (InputType?)null,
            };
            if (typeText is not null && type is null)
            {
                _y.Error(m.Fields["type"], $"Kiểu số liệu \"{typeText}\" không hợp lệ: cần count, number, percent hoặc yes-no.");
            }
            if (code is not null && !IsIdentifier(code))
            {
                _y.Error(m.Fields["code"], $"Mã số liệu \"{code}\" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ, ví dụ diem_nong.");
                continue;
            }
            var fallback = _y.Number(m, "default", "số liệu", false);
            if (code is null || title is null || type is null || !Claim("input:" + code, node, $"Mã số liệu \"{code}\""))
            {
                continue;
            }
            inputs.Add(new InputDeclaration(code, title, type.Value, fallback));
        }
        return inputs;
    }

    private RoundingPolicy ReadRounding(YamlMap root)
    {
        if (!root.Fields.TryGetValue("rounding", out var node) || _y.Map(node, "rounding", "mode", "item", "section", "total") is not { } m)
        {
            return RoundingPolicy.None;
        }
        Place("rounding", root, "rounding");
        var modeText = _y.Text(m, "mode", "rounding", false) ?? "half-up";
        var mode = modeText switch
        {
            "half-up" => RoundingMode.HalfUp,
            "half-even" => RoundingMode.HalfEven,
            "down" => RoundingMode.Down,
            "up" => RoundingMode.Up,
            _ => (RoundingMode?)null,
        };
        if (mode is null)
        {
            _y.Error(m.Fields["mode"], $"Cách làm tròn \"{modeText}\" không hợp lệ: cần half-up, half-even, down hoặc up.");
        }
        return new RoundingPolicy(_y.Number(m, "item", "rounding", false, positive: true), _y.Number(m, "section", "rounding", false, positive: true),
            _y.Number(m, "total", "rounding", false, positive: true), mode ?? RoundingMode.HalfUp);
    }

    private RescalingPolicy ReadRescaling(YamlMap root)
    {
        Place("rescaling", root, "rescaling");
        var text = _y.Text(root, "rescaling", "tệp tiêu chí", false) ?? "none";
        switch (text)
        {
            case "none":
                return RescalingPolicy.None;
            case "proportional":
                return RescalingPolicy.Proportional;
            default:
                _y.Error(root.Fields["rescaling"], $"Cách quy đổi \"{text}\" không hợp lệ: cần none hoặc proportional.");
                return RescalingPolicy.None;
        }
    }

    private RankingPolicy ReadRanking(YamlMap root)
    {
        if (!root.Fields.TryGetValue("ranking", out var node) || _y.Map(node, "ranking", "method", "within", "by", "predecessors") is not { } m)
        {
            return RankingPolicy.Default;
        }
        var method = _y.Text(m, "method", "ranking", false) ?? "competition";
        var within = _y.Text(m, "within", "ranking", false) ?? "group";
        if (method is not ("competition" or "dense"))
        {
            _y.Error(m.Fields["method"], $"Cách xếp thứ hạng \"{method}\" không hợp lệ: cần competition (1224) hoặc dense (1223).");
        }
        if (within is not ("group" or "all"))
        {
            _y.Error(m.Fields["within"], $"Phạm vi xếp hạng \"{within}\" không hợp lệ: cần group hoặc all.");
        }
        var by = _y.Text(m, "by", "ranking", false) ?? "points";
        if (by is not ("points" or "class-then-points"))
        {
            _y.Error(m.Fields["by"], $"Thứ tự xếp hạng \"{by}\" không hợp lệ: cần points (theo tổng điểm) hoặc class-then-points (theo xếp loại trước, rồi tổng điểm).");
        }
        Place("ranking-by", m, "by");
        var predecessors = _y.Text(m, "predecessors", "ranking", false) ?? "none";
        if (predecessors is not ("none" or "mean"))
        {
            _y.Error(m.Fields["predecessors"], $"Cách so sánh đơn vị hình thành từ đơn vị khác \"{predecessors}\" không hợp lệ: cần none (không tính thay đổi) "
                + "hoặc mean (so với điểm trung bình của các đơn vị trước đó).");
        }
        return new RankingPolicy(method == "dense" ? RankingMethod.Dense : RankingMethod.Competition,
            within == "all" ? RankingScope.All : RankingScope.Group, by == "class-then-points" ? RankingOrder.ClassThenPoints : RankingOrder.Points,
            predecessors == "mean" ? PredecessorComparison.Mean : PredecessorComparison.None);
    }

    private SubmissionPolicy? ReadSubmissionPolicy(YamlMap root)
    {
        var deadline = _y.Text(root, "deadline", "tệp tiêu chí", false);
        var late = _y.Text(root, "late", "tệp tiêu chí", false);
        if (deadline is null && late is null)
        {
            return null;
        }
        int? month = null, day = null;
        if (deadline is not null)
        {
            var parts = deadline.Split('-');
            if (parts.Length == 2 && int.TryParse(parts[0], out var m) && int.TryParse(parts[1], out var d) && m is >= 1 and <= 12
                && d >= 1 && d <= DateTime.DaysInMonth(2023, m))
            {
                (month, day) = (m, d);
            }
            else
            {
                _y.Error(root.Fields["deadline"], $"Hạn nộp \"{deadline}\" không hợp lệ: cần dạng tháng-ngày, ví dụ \"12-01\" (ngày 01 tháng 12 hằng năm).");
            }
        }
        if (late is not null and not ("refuse" or "flag"))
        {
            _y.Error(root.Fields["late"], $"Cách xử lý nộp muộn \"{late}\" không hợp lệ: cần refuse (từ chối) hoặc flag (nhận và đánh dấu nộp muộn).");
        }
        return new SubmissionPolicy(month, day, late == "flag" ? LatePolicy.Flag : LatePolicy.Refuse);
    }
}
