using System;

namespace SdkGen.Generator.Parsing.Text;

/// <summary>
/// Works around YamlDotNet rejecting a valid block scalar whose first line holds only spaces ("While scanning a
/// literal block scalar, found extra spaces in first line", aaubry/YamlDotNet#523), as Figma's published spec has:
/// <code>
/// description: |-
/// ␣␣␣␣␣␣␣␣␣␣␣␣
///   Determines ...
/// </code>
/// </summary>
/// <remarks>
/// <para>
/// The rewrite moves the spaces of that first line to the end of the header line (<c>|-␣␣␣␣</c>), which leaves the
/// line empty and every other character at its offset, so positions in diagnostics stay exact. Why it cannot change
/// the meaning of valid YAML (YAML 1.2.2):
/// </para>
/// <list type="bullet">
/// <item>The header may end in white space: <c>c-b-block-header</c> ends in <c>s-b-comment</c>, whose
/// <c>s-separate-in-line</c> need not be followed by a comment (§8.1.1).</item>
/// <item>With the indentation auto-detected, a space-only line before the first non-empty line is an empty line when it
/// has no more spaces than that line (§8.1.1.1: more is an error), and an empty line's content is its line break alone,
/// whatever spaces it holds (<c>l-empty</c>, §6.5 "Empty Lines"); chomping only looks at trailing lines
/// (§8.1.1.2). If no non-empty line follows, every line is empty whatever the spaces.</item>
/// <item>So the rewrite is only made when the indentation is auto-detected and the line has no more spaces than the
/// first non-empty line after it, or that line cannot be content (it is no deeper than the header's line, and the
/// header's node starts on that line so its indentation is at least that deep), or there is none. With an explicit
/// indentation indicator, spaces beyond it are content (<c>l-nb-literal-text</c>) and are left alone: YamlDotNet reads
/// such headers right (up to the indentation an empty line, beyond it content), except a literal first line with two
/// or more spaces beyond the indentation, which it refuses; no same-length rewrite keeps those spaces as content, so
/// that stays a reported syntax error, never a wrong value (tests: YamlBlockScalarLeadingLineTests).</item>
/// <item>Where the "header" is really text (a plain or quoted scalar or a comment whose line ends in <c>|</c>), moving
/// white space to the end of that line changes nothing either: flow folding drops trailing white space and empty
/// lines' spaces (§6.5, §7.3), and a comment has no value. Lines inside a block scalar's own body are skipped, so
/// content there is never touched.</item>
/// </list>
/// </remarks>
internal static class YamlBlockScalarLeadingLine
{
    /// <summary>
    /// Returns <paramref name="text"/> with each affected first line emptied (its spaces moved to the end of the header
    /// line), the same length as the input; the same instance when nothing needs changing.
    /// </summary>
    public static string Normalize(string text)
    {
        char[]? buffer = null;
        // While >= 0: inside a block scalar body, which ends at the first non-blank line indented no deeper than this.
        int bodyIndent = -1;
        // Inside the body of a block scalar whose indentation we cannot bound: it ends at a document marker only.
        bool bodyUntilDocument = false;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = EndOfLine(text, lineStart);
            int next = NextLine(text, lineEnd);
            int indent = Spaces(text, lineStart, lineEnd);
            bool blank = IsWhiteSpace(text, lineStart + indent, lineEnd);
            if (bodyUntilDocument)
            {
                if (!IsDocumentMarker(text, lineStart, lineEnd))
                {
                    lineStart = next;
                    continue;
                }

                bodyUntilDocument = false;
            }
            else if (bodyIndent >= 0)
            {
                if (blank || indent > bodyIndent)
                {
                    lineStart = next;
                    continue;
                }

                bodyIndent = -1;
            }

            if (!blank && TryReadHeader(text, lineStart + indent, lineEnd, out bool autoDetect, out bool nodeStartsOnLine))
            {
                // A header whose node starts on this line (`key: |`, `- |`, `? |`) has its indentation at least this
                // line's; a header alone on its line (`|`, `!!str |`) belongs to a node begun above, so its body can
                // be indented less than the header and we cannot tell where it ends before the document does.
                if (nodeStartsOnLine)
                {
                    bodyIndent = indent;
                }
                else
                {
                    bodyUntilDocument = true;
                }

                if (autoDetect)
                {
                    EmptyFirstLine(text, lineEnd, next, nodeStartsOnLine ? indent : -1, ref buffer);
                }
            }

            lineStart = next;
        }

        return buffer is null ? text : new string(buffer);
    }

    private static void EmptyFirstLine(string text, int headerEnd, int firstStart, int minimumIndent, ref char[]? buffer)
    {
        if (firstStart >= text.Length)
        {
            return;
        }

        int firstEnd = EndOfLine(text, firstStart);
        int spaces = Spaces(text, firstStart, firstEnd);
        if (spaces == 0 || firstStart + spaces != firstEnd)
        {
            return;
        }

        // The first non-empty line decides the indentation (§8.1.1.1); space-only lines are empty.
        int line = NextLine(text, firstEnd);
        while (line < text.Length)
        {
            int end = EndOfLine(text, line);
            int indent = Spaces(text, line, end);
            if (line + indent != end)
            {
                if (spaces > indent && indent > minimumIndent)
                {
                    // More spaces than the first content line: an error in YAML, left for the reader to report.
                    return;
                }

                break;
            }

            line = NextLine(text, end);
        }

        buffer ??= text.ToCharArray();
        int breakLength = firstStart - headerEnd;
        for (int i = 0; i < spaces; i++)
        {
            buffer[headerEnd + i] = ' ';
        }

        text.CopyTo(headerEnd, buffer, headerEnd + spaces, breakLength);
    }

    /// <summary>
    /// Finds a block scalar header (<c>|</c> or <c>&gt;</c>, optional indicators, optional comment) ending the line.
    /// Any candidate with an indentation indicator makes the line count as explicit, so a quoted key that happens to
    /// contain <c>| #</c> can never make an explicit header look auto-detected.
    /// </summary>
    private static bool TryReadHeader(string text, int contentStart, int lineEnd, out bool autoDetect, out bool nodeStartsOnLine)
    {
        autoDetect = true;
        nodeStartsOnLine = false;
        bool found = false;
        for (int i = contentStart; i < lineEnd; i++)
        {
            char c = text[i];
            if ((c != '|' && c != '>') || (i > contentStart && text[i - 1] != ' ' && text[i - 1] != '\t'))
            {
                continue;
            }

            if (!TryReadIndicators(text, i + 1, lineEnd, out bool hasIndentation))
            {
                continue;
            }

            if (!found)
            {
                nodeStartsOnLine = StartsNode(text, contentStart, i);
            }

            found = true;
            autoDetect &= !hasIndentation;
        }

        return found;
    }

    private static bool TryReadIndicators(string text, int start, int lineEnd, out bool hasIndentation)
    {
        hasIndentation = false;
        bool hasChomping = false;
        int i = start;
        for (; i < lineEnd && i < start + 2; i++)
        {
            char c = text[i];
            if (c >= '1' && c <= '9' && !hasIndentation)
            {
                hasIndentation = true;
            }
            else if ((c == '+' || c == '-') && !hasChomping)
            {
                hasChomping = true;
            }
            else
            {
                break;
            }
        }

        if (i == lineEnd)
        {
            return true;
        }

        if (text[i] != ' ' && text[i] != '\t')
        {
            return false;
        }

        while (i < lineEnd && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        return i == lineEnd || text[i] == '#';
    }

    /// <summary>Whether something before the header on its line begins the node: a key, a sequence entry, `?`.</summary>
    private static bool StartsNode(string text, int contentStart, int header)
    {
        // Node properties (`&anchor`, `!tag`) come first and may themselves contain ':'; they begin nothing.
        while (contentStart < header && (text[contentStart] == '&' || text[contentStart] == '!'))
        {
            while (contentStart < header && text[contentStart] != ' ' && text[contentStart] != '\t')
            {
                contentStart++;
            }

            while (contentStart < header && (text[contentStart] == ' ' || text[contentStart] == '\t'))
            {
                contentStart++;
            }
        }

        if (header - contentStart >= 2 && (text[contentStart] == '-' || text[contentStart] == '?')
            && (text[contentStart + 1] == ' ' || text[contentStart + 1] == '\t'))
        {
            return true;
        }

        for (int i = contentStart; i + 1 < header; i++)
        {
            if (text[i] == ':' && (text[i + 1] == ' ' || text[i + 1] == '\t'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDocumentMarker(string text, int lineStart, int lineEnd) =>
        lineEnd - lineStart >= 3
        && (string.CompareOrdinal(text, lineStart, "---", 0, 3) == 0 || string.CompareOrdinal(text, lineStart, "...", 0, 3) == 0)
        && (lineEnd - lineStart == 3 || text[lineStart + 3] == ' ' || text[lineStart + 3] == '\t');

    private static int Spaces(string text, int start, int end)
    {
        int i = start;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i - start;
    }

    private static bool IsWhiteSpace(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }

    private static int EndOfLine(string text, int start)
    {
        int end = text.IndexOfAny(LineBreaks, start);
        return end < 0 ? text.Length : end;
    }

    private static int NextLine(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    private static readonly char[] LineBreaks = { '\r', '\n' };
}
