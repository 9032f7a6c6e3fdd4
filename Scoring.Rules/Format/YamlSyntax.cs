using YamlDotNet.Core;

namespace Scoring.Rules.Format;

/// <summary>YAML syntax errors in Vietnamese, at the line and column where the author must look; the parser's English never
/// reaches a person. Tabs used for indentation are found before parsing (the parser reports them at the wrong place).</summary>
public static class YamlSyntax
{
    /// <summary>The first line indented with a tab, as (line, column), or null.</summary>
    public static (int Line, int Column)? TabIndent(string text)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                for (var k = start; k < i && (text[k] == ' ' || text[k] == '\t' || text[k] == '-'); k++)
                {
                    if (text[k] == '\t')
                    {
                        return (line, k - start + 1);
                    }
                }
                line++;
                start = i + 1;
            }
        }
        return null;
    }

    /// <summary>The first bracket (<c>{</c> or <c>[</c>) never closed, or closed by the wrong one, outside quotes and comments, as
    /// (line, column, the bracket that closes it), or null.</summary>
    public static (int Line, int Column, char Closer)? UnclosedBracket(string text)
    {
        var open = new Stack<(int Line, int Column, char Closer)>();
        var (line, column) = (1, 0);
        char? quote = null;
        var comment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            if (c == '\n')
            {
                (line, column, comment) = (line + 1, 0, false);
                continue;
            }
            if (comment)
            {
                continue;
            }
            if (quote is { } q)
            {
                if (c == q && !(q == '"' && i > 0 && text[i - 1] == '\\'))
                {
                    quote = null;
                }
                continue;
            }
            switch (c)
            {
                case '"' or '\'' when i == 0 || " \t{[,:".Contains(text[i - 1], StringComparison.Ordinal):
                    quote = c;
                    break;
                case '#' when i == 0 || text[i - 1] is ' ' or '\t':
                    comment = true;
                    break;
                case '{':
                    open.Push((line, column, '}'));
                    break;
                case '[':
                    open.Push((line, column, ']'));
                    break;
                case '}' or ']':
                    if (open.Count == 0 || open.Peek().Closer != c)
                    {
                        return open.Count == 0 ? null : open.Peek();
                    }
                    open.Pop();
                    break;
            }
        }
        return open.Count == 0 ? null : open.ToArray()[^1];
    }

    /// <summary>What to say of a bracket that is not closed.</summary>
    public static string UnclosedMessage(char closer) => closer == '}'
        ? "Bảng { … } mở ở đây chưa được đóng: thiếu dấu \"}\", hoặc thiếu dấu phẩy giữa hai khóa. Nếu một giá trị có dấu phẩy hay dấu hai chấm, hãy đặt nó trong dấu nháy kép."
        : "Danh sách [ … ] mở ở đây chưa được đóng: thiếu dấu \"]\", hoặc thiếu dấu phẩy giữa hai phần tử.";

    /// <summary>What to say when the parser gives up without a place (it does so on some unclosed brackets): the first unclosed
    /// bracket if there is one, else the top of the file.</summary>
    public static (int Line, int Column, string Message) Unplaced(string text) => UnclosedBracket(text) is { } b
        ? (b.Line, b.Column, UnclosedMessage(b.Closer))
        : (1, 1, "Tệp không đúng cú pháp YAML: kiểm tra thụt lề, dấu hai chấm, dấu ngoặc và dấu nháy.");

    /// <summary>The message for a tab used for indentation.</summary>
    public const string TabMessage = "Dòng này thụt lề bằng phím Tab; YAML chỉ cho phép thụt lề bằng dấu cách. Hãy thay Tab bằng dấu cách (thường là 2 dấu cách mỗi cấp).";

    /// <summary>Where to point and what to say for a parser error: the place the parser names, in Vietnamese.</summary>
    public static (int Line, int Column, string Message) Explain(YamlException e, string source)
    {
        var m = e.Message;
        var (line, column) = ((int)e.Start.Line, (int)e.Start.Column);
        if ((m.Contains("did not find expected ',' or '}'", StringComparison.Ordinal) || m.Contains("did not find expected ',' or ']'", StringComparison.Ordinal))
            && UnclosedBracket(source) is { } bracket)
        {
            // The parser notices at the next line; the author must look where the bracket opens.
            return (bracket.Line, bracket.Column, UnclosedMessage(bracket.Closer));
        }
        var text = m switch
        {
            _ when m.StartsWith("Duplicate key ", StringComparison.Ordinal) => $"Khóa \"{m["Duplicate key ".Length..].Trim()}\" bị lặp lại.",
            _ when m.Contains("did not find expected ',' or '}'", StringComparison.Ordinal) => UnclosedMessage('}'),
            _ when m.Contains("did not find expected ',' or ']'", StringComparison.Ordinal) => UnclosedMessage(']'),
            _ when m.Contains("quoted scalar", StringComparison.Ordinal) =>
                "Chuỗi trong dấu nháy bắt đầu ở đây chưa được đóng: thiếu dấu nháy đóng.",
            _ when m.Contains("Mapping values are not allowed", StringComparison.Ordinal) =>
                "Dấu hai chấm \":\" đặt sai chỗ: nếu giá trị có dấu hai chấm, hãy đặt nó trong dấu nháy kép; nếu không, kiểm tra thụt lề của dòng này.",
            _ when m.Contains("did not find expected key", StringComparison.Ordinal) =>
                "Thụt lề không khớp: dòng này không thẳng hàng với các khóa cùng cấp ở trên nó.",
            _ when m.Contains("did not find expected '-' indicator", StringComparison.Ordinal) =>
                "Thụt lề không khớp trong danh sách: mỗi phần tử phải bắt đầu bằng \"- \" thẳng hàng với các phần tử khác.",
            _ when m.Contains("could not find expected ':'", StringComparison.Ordinal) =>
                "Thiếu dấu hai chấm \":\" sau tên khóa (viết \"khóa: giá trị\").",
            _ when m.Contains("cannot start any token", StringComparison.Ordinal) =>
                "Có ký tự không được đứng đầu một giá trị ở đây (ví dụ @, ` hoặc %): hãy đặt giá trị trong dấu nháy kép.",
            _ when m.Contains("block mapping", StringComparison.Ordinal) || m.Contains("block collection", StringComparison.Ordinal) =>
                "Thụt lề không khớp ở đây: các khóa cùng cấp phải thẳng hàng, khóa con thụt vào sâu hơn khóa cha.",
            _ => "Tệp không đúng cú pháp YAML ở đây: kiểm tra thụt lề, dấu hai chấm, dấu ngoặc và dấu nháy.",
        };
        return (line, column, text);
    }
}
