using System;
using System.ComponentModel;
using System.Net.Http;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// What a generated operation returns once its answer is read: the body alone (the plain method) or the body with
/// the status and headers (<c>…WithResponseAsync</c>). Both methods share one generated body that ends in one of
/// these, so the plain method allocates nothing for metadata it does not return.
/// </summary>
/// <typeparam name="T">The type of the body.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResponseResults<T>
{
    /// <summary>The body alone.</summary>
    public static readonly Func<HttpResponseMessage, T, T> Value = (_, value) => value;

    /// <summary>The body with the status and a copy of the headers.</summary>
    public static readonly Func<HttpResponseMessage, T, Response<T>> WithResponse = (message, value) => new Response<T>(message, value);
}

/// <summary>The same for operations without a body: nothing, or the status and headers.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResponseResults
{
    /// <summary>Nothing (the plain method returns a <see cref="System.Threading.Tasks.Task"/>).</summary>
    public static readonly Func<HttpResponseMessage, object?> None = _ => null;

    /// <summary>The status and a copy of the headers.</summary>
    public static readonly Func<HttpResponseMessage, Response> WithResponse = message => new Response(message);
}
