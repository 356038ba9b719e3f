using System.Net;
using System.Net.Sockets;

namespace CustomerLifecycle.Site.Tests;

/// <summary>A tiny static file server on 127.0.0.1 for the generated site (an ephemeral port, stopped on dispose).</summary>
internal sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript",
        [".css"] = "text/css",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".map"] = "application/json",
        [".yml"] = "text/plain",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly IReadOnlyDictionary<string, string> _pages;

    /// <summary>Serves the files under <paramref name="root"/>, plus in-memory HTML pages by path (test harness pages that must
    /// share the site's origin, without writing into the generated site).</summary>
    public StaticServer(string root, IReadOnlyDictionary<string, string>? pages = null)
    {
        _root = Path.GetFullPath(root);
        _pages = pages ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        if (_pages.TryGetValue(relative, out var page))
        {
            response.ContentType = Types[".html"];
            Write(response, System.Text.Encoding.UTF8.GetBytes(page));
            return;
        }

        var path = Path.GetFullPath(Path.Combine(_root, relative.Length == 0 ? "index.html" : relative));
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "index.html");
        }

        if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path))
        {
            response.StatusCode = 404;
            return;
        }

        response.ContentType = Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
        Write(response, File.ReadAllBytes(path));
    }

    private static void Write(HttpListenerResponse response, byte[] bytes)
    {
        response.ContentLength64 = bytes.Length;
        try
        {
            response.OutputStream.Write(bytes);
        }
        catch (HttpListenerException)
        {
            // The browser went away mid-response; nothing to do.
        }
    }
}
