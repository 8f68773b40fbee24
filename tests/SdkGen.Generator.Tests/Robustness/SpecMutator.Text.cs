using System.Text;

namespace SdkGen.Generator.Tests.Robustness;

// Text mutations: damage done to the written YAML or JSON text (truncation, unbalanced brackets, tabs,
// alias bombs…), after the tree has been serialised.
internal static partial class SpecMutator
{
    private static string MutateText(string text, bool blockYaml, Random random, List<string> log)
    {
        if (text.Length == 0)
        {
            return text;
        }

        int offset = random.Next(text.Length);
        switch (random.Next(18))
        {
            case 0:
            case 1:
                log.Add("truncated the text at offset " + offset);
                return text[..offset];
            case 2:
            {
                const string Breakers = "{}[]\"':,-#&*!|>%@`\t\n?";
                char c = Breakers[random.Next(Breakers.Length)];
                log.Add("inserted " + Show(c.ToString()) + " at offset " + offset);
                return text.Insert(offset, c.ToString());
            }

            case 3:
            {
                int length = Math.Min(random.Next(1, 200), text.Length - offset);
                log.Add("deleted " + length + " chars at offset " + offset);
                return text.Remove(offset, length);
            }

            case 4:
            {
                string[] lines = text.Split('\n');
                int line = random.Next(lines.Length);
                string indentation = new(lines[line].TakeWhile(ch => ch == ' ').ToArray());
                lines[line] = (random.Next(2) == 0 ? "\t" : new string('\t', Math.Max(1, indentation.Length / 2))) + lines[line][indentation.Length..];
                log.Add("indented line " + (line + 1) + " with tabs");
                return string.Join('\n', lines);
            }

            case 5:
            {
                List<string> lines = [.. text.Split('\n')];
                int line = random.Next(lines.Count);
                int action = random.Next(4);
                switch (action)
                {
                    case 0:
                        lines.RemoveAt(line);
                        log.Add("deleted line " + (line + 1));
                        break;
                    case 1:
                        lines.Insert(line, lines[line]);
                        log.Add("duplicated line " + (line + 1));
                        break;
                    case 2:
                        int other = random.Next(lines.Count);
                        (lines[line], lines[other]) = (lines[other], lines[line]);
                        log.Add("swapped lines " + (line + 1) + " and " + (other + 1));
                        break;
                    default:
                        lines[line] = (random.Next(2) == 0 ? " " : "   ") + lines[line];
                        log.Add("shifted line " + (line + 1) + " right");
                        break;
                }

                return string.Join('\n', lines);
            }

            case 6:
                log.Add("added a BOM and CRLF line ends");
                return "\uFEFF" + text.Replace("\n", "\r\n");
            case 7:
                log.Add("used lone CR line ends");
                return text.Replace('\n', '\r');
            case 8:
            {
                string junk = HostileInputs.RandomUnicode(random, random.Next(1, 8));
                log.Add("inserted " + Show(junk) + " at offset " + offset);
                return text.Insert(offset, junk);
            }

            case 9 when blockYaml:
            {
                // The billion laughs: ten levels of ten aliases each.
                var bomb = new StringBuilder("\nx-lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                int levels = random.Next(3, 10);
                for (int i = 1; i <= levels; i++)
                {
                    bomb.Append("x-lol").Append(i).Append(": &lol").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*lol" + (i - 1), 10))).Append("]\n");
                }

                log.Add("appended an alias bomb of " + levels + " levels");
                return text + bomb;
            }

            case 10 when blockYaml:
            {
                string[] snippets =
                [
                    "x-self: &self [*self]\n", "x-unknown: *nowhere\n", "x-merge:\n  <<: *nowhere\n", "x-a: &a {k: v}\nx-merge:\n  <<: [*a, *a]\n  k: w\n",
                    "x-tag: !!binary AAAA\n", "x-py: !!python/object:os.system [ls]\n", "x-custom: !Custom {a: 1}\n", "---\nsecond: document\n", "...\n",
                    "? [complex, key]\n: value\n", "x-anchor-key: &k key\n*k : aliased key\n", "%YAML 1.1\n", "x-multi: |\n  line\n\tline\n", "x-folded: >-\n  a\n  b\n",
                    "paths: {}\n", "openapi: 3.0.3\n", "x-null-key:\n  ~: value\n  null: value\n", "x-bool-keys:\n  yes: 1\n  no: 2\n  on: 3\n",
                ];
                string snippet = snippets[random.Next(snippets.Length)];
                log.Add("appended YAML " + Show(snippet));
                return text + "\n" + snippet;
            }

            case 11:
            {
                int depth = random.Next(2) == 0 ? random.Next(250, 300) : random.Next(1_000, 100_000);
                string nest = new string('[', depth) + new string(']', depth);
                log.Add("added an array nested " + depth + " deep");
                return InsertTopLevel(text, blockYaml, "x-deep", nest);
            }

            case 12:
            {
                string[] tokens = ["NaN", "Infinity", "-Infinity", "1e99999", "01", "+1", ".5", "0x10", "undefined", "'single'", "True", "\"\\ud800\"", "\"\\u12\"", "\"\\q\""];
                string token = tokens[random.Next(tokens.Length)];
                log.Add("added the value " + token);
                return InsertTopLevel(text, blockYaml, "x-token", token);
            }

            case 13:
            {
                int size = random.Next(2) == 0 ? 100_000 : 1_000_000;
                log.Add("added a " + size + "-char line");
                return InsertTopLevel(text, blockYaml, "x-long", "\"" + new string('a', size) + "\"");
            }

            case 14:
            {
                log.Add("added a duplicate top-level key");
                return InsertTopLevel(text, blockYaml, "openapi", "\"3.0.3\"");
            }

            case 15:
                log.Add("inserted a NUL at offset " + offset);
                return text.Insert(offset, "\0");
            case 16:
            {
                // Cut in the middle of a surrogate pair or escape.
                int cut = text.IndexOf('\\', offset);
                cut = cut < 0 ? offset : cut + 1;
                log.Add("truncated the text at offset " + cut + " (after a backslash)");
                return text[..cut];
            }

            default:
                log.Add("kept only the first line");
                return text.Split('\n')[0];
        }
    }

    private static string InsertTopLevel(string text, bool blockYaml, string key, string value)
    {
        if (blockYaml)
        {
            return text + key + ": " + value + "\n";
        }

        int brace = text.IndexOf('{');
        return brace < 0 ? text + value : text.Insert(brace + 1, "\n  \"" + key + "\": " + value + ",");
    }
}
