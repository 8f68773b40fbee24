namespace SdkGen.Generator.Model;

/// <summary>How a document's operations are grouped into client classes (<c>SdkGenClientSplit</c>).</summary>
internal enum ClientSplit
{
    /// <summary>One client for the whole document (<c>single</c>, the default).</summary>
    Single,

    /// <summary>One client per operation's first tag; untagged operations stay on the main client (<c>by-tag</c>).</summary>
    ByTag,
}
