namespace SdkGen.Generator.Emitting;

/// <summary>
/// How generated code names a value in a departure report: a literal (<c>"Recording.sid"</c>) in a model's own
/// serializer, or a look-up in the names table (<c>names.What(0)</c>) in a body several models of one shape share,
/// which must name whichever model it is reading.
/// </summary>
internal abstract class JsonWhat
{
    /// <summary>The C# expression of the text.</summary>
    public abstract string Expression { get; }

    /// <summary>An item of this array.</summary>
    public abstract JsonWhat Item { get; }

    /// <summary>A value of this map.</summary>
    public abstract JsonWhat Value { get; }

    public static JsonWhat Literal(string text) => new LiteralWhat(text);

    /// <summary>The property at <paramref name="index"/> of the table <paramref name="names"/>.</summary>
    public static JsonWhat Property(string names, int index) => new TableWhat(names, index.ToString(System.Globalization.CultureInfo.InvariantCulture), "What");

    /// <summary>A property the table does not name, kept as an additional property.</summary>
    public static JsonWhat Additional(string names) => new ExpressionWhat(names + ".AdditionalWhat");

    private sealed class LiteralWhat(string text) : JsonWhat
    {
        public override string Expression => CSharpLiteral.String(text);

        public override JsonWhat Item => new LiteralWhat(text + " item");

        public override JsonWhat Value => new LiteralWhat(text + " value");
    }

    // The table builds "Model.wire item" once per model; deeper levels (arrays of arrays) are rare and concatenate.
    private sealed class TableWhat(string names, string index, string method) : JsonWhat
    {
        public override string Expression => names + "." + method + "(" + index + ")";

        public override JsonWhat Item => method == "What" ? new TableWhat(names, index, "ItemWhat") : new ExpressionWhat(Expression + " + \" item\"");

        public override JsonWhat Value => method == "What" ? new TableWhat(names, index, "ValueWhat") : new ExpressionWhat(Expression + " + \" value\"");
    }

    private sealed class ExpressionWhat(string expression) : JsonWhat
    {
        public override string Expression => expression;

        public override JsonWhat Item => new ExpressionWhat(expression + " + \" item\"");

        public override JsonWhat Value => new ExpressionWhat(expression + " + \" value\"");
    }
}
