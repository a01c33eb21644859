using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeviceFirmware.Companion
{
    /// <summary>
    /// The companion page's development host: Kestrel on 127.0.0.1 serving wwwroot (next to this assembly)
    /// with strict headers, the config file with the options' overrides, and optionally an LWA + DRS sandbox
    /// whose one client returns to the page's callback. Nothing is logged below Warning, so no request URL
    /// (the callback's carries the authorization code) is ever printed. Dispose it to stop both.
    /// </summary>
    public sealed class CompanionServer : IDisposable, IAsyncDisposable
    {
        /// <summary>The config file's name, in wwwroot and in the URL.</summary>
        public const string ConfigFileName = "companion.config.json";

        private readonly WebApplication _app;
        private int _disposed;

        private CompanionServer(WebApplication app, string url, string webRoot)
        {
            _app = app;
            Url = url;
            WebRoot = webRoot;
        }

        /// <summary>http://127.0.0.1:PORT (no trailing slash): open Url + "/" in the browser.</summary>
        public string Url { get; }

        /// <summary>The sandbox started with <see cref="CompanionServerOptions.StartSandbox"/>, or null.</summary>
        public SandboxServer Sandbox { get; private set; }

        /// <summary>The folder the page is served from.</summary>
        public string WebRoot { get; }

        /// <summary>The return URL the served config names (null when the served config has none).</summary>
        public string ReturnUrl { get; private set; }

        /// <summary>The client ID the served config names (null when the served config has none).</summary>
        public string ClientId { get; private set; }

        /// <summary>Starts the host (and the sandbox when asked) and returns once both listen.</summary>
        /// <param name="options">Options; null for the defaults (free port, no sandbox, the file as it is).</param>
        /// <returns>The running host.</returns>
        /// <exception cref="DirectoryNotFoundException">wwwroot is not next to the assembly.</exception>
        /// <exception cref="InvalidDataException">The config file is not a JSON object but overrides were asked for, or it names no usable returnUrl for the sandbox.</exception>
        public static CompanionServer Start(CompanionServerOptions options)
        {
            // Off the caller's synchronization context, so a synchronous caller cannot deadlock the start.
            return Task.Run(() => StartAsync(options)).GetAwaiter().GetResult();
        }

        /// <summary>Starts the host (and the sandbox when asked).</summary>
        /// <param name="options">Options; null for the defaults.</param>
        /// <param name="cancel">Cancels the start.</param>
        /// <returns>The running host.</returns>
        public static async Task<CompanionServer> StartAsync(CompanionServerOptions options, CancellationToken cancel = default)
        {
            options ??= new CompanionServerOptions();
            string webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
            if (!Directory.Exists(webRoot))
            {
                throw new DirectoryNotFoundException("The page's files are missing: " + webRoot + " (the build copies Companion/wwwroot there).");
            }

            string configPath = Path.Combine(webRoot, ConfigFileName);
            bool overrides = options.StartSandbox || options.ReturnUrlFromOrigin || options.AuthorizeUrl != null
                || options.ClientId != null || options.TestDevice.HasValue || options.WebAppUrl != null;

            // Read before anything listens: a broken file fails the start with nothing bound.
            JsonObject values = overrides ? ServedConfig.ReadObject(configPath) : null;
            ServedConfig served = overrides ? null : ServedConfig.AsIs(configPath);

            WebApplication app = Build(webRoot, options.Port, () => served);
            try
            {
                await app.StartAsync(cancel).ConfigureAwait(false);
            }
            catch
            {
                await app.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            var server = new CompanionServer(app, "http://127.0.0.1:" + new Uri(address).Port, webRoot);
            try
            {
                if (overrides)
                {
                    served = await server.ApplyOverridesAsync(values, options, cancel).ConfigureAwait(false);
                }
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return server;
        }

        /// <summary>Stops the host and the sandbox.</summary>
        /// <returns>A task that completes when both are stopped.</returns>
        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            try
            {
                await _app.StopAsync().ConfigureAwait(false);
            }
            finally
            {
                await _app.DisposeAsync().ConfigureAwait(false);
                if (Sandbox != null)
                {
                    await Sandbox.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        /// <summary>Stops the host and the sandbox (see <see cref="DisposeAsync"/>).</summary>
        public void Dispose()
        {
            Task.Run(() => DisposeAsync().AsTask()).GetAwaiter().GetResult();
        }

        private async Task<ServedConfig> ApplyOverridesAsync(JsonObject values, CompanionServerOptions options, CancellationToken cancel)
        {
            if (options.ReturnUrlFromOrigin)
            {
                values["returnUrl"] = Url + "/callback.html";
            }

            if (options.AuthorizeUrl != null)
            {
                values["authorizeUrl"] = options.AuthorizeUrl;
            }

            if (options.ClientId != null)
            {
                values["clientId"] = options.ClientId;
            }

            if (options.TestDevice.HasValue)
            {
                values["testDevice"] = options.TestDevice.Value;
            }

            if (options.WebAppUrl != null)
            {
                values["webAppUrl"] = options.WebAppUrl;
            }

            string returnUrl = ServedConfig.StringOf(values, "returnUrl");
            if (options.StartSandbox)
            {
                string clientId = options.ClientId ?? SandboxOptions.DefaultClientId;
                if (returnUrl == null || !Uri.TryCreate(returnUrl, UriKind.Absolute, out _))
                {
                    throw new InvalidDataException("The sandbox needs the page's return URL: " + ConfigFileName + " has no absolute returnUrl (or use ReturnUrlFromOrigin).");
                }

                // The one client the page signs in as; its only redirect URI is the page's callback, compared exactly.
                var sandboxOptions = new SandboxOptions { Port = options.SandboxPort };
                sandboxOptions.Clients.Clear();
                sandboxOptions.Clients.Add(new SandboxClient(clientId, returnUrl));
                Sandbox = await SandboxServer.StartAsync(sandboxOptions, cancel).ConfigureAwait(false);
                values["authorizeUrl"] = Sandbox.AuthorizeUrl;
                values["clientId"] = clientId;
            }

            ReturnUrl = returnUrl;
            ClientId = ServedConfig.StringOf(values, "clientId");
            return ServedConfig.Of(values);
        }

        private static WebApplication Build(string webRoot, int port, Func<ServedConfig> config)
        {
            // The empty builder: no configuration files or environment (nothing can rebind or reconfigure it),
            // Kestrel on loopback only, console logging from Warning up.
            WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = webRoot, WebRootPath = webRoot });
            builder.WebHost.UseKestrelCore();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(IPAddress.Loopback, port);
            });
            builder.Services.AddSingleton<IHostLifetime, OwnerLifetime>();
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

            // A failed start (port in use) is thrown to the caller, which says it in one line: no stack trace here.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
            WebApplication app = builder.Build();

            var files = new PhysicalFileProvider(webRoot);
            app.Use(async (context, next) =>
            {
                HttpRequest request = context.Request;
                if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
                {
                    context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                    context.Response.Headers.Allow = "GET, HEAD";
                    return;
                }

                bool isConfig = request.Path.Equals("/" + ConfigFileName, StringComparison.Ordinal);
                SecurityHeaders.Apply(context.Response, isConfig);
                if (isConfig)
                {
                    byte[] body = config()?.Body;
                    if (body == null)
                    {
                        context.Response.StatusCode = StatusCodes.Status404NotFound;
                        return;
                    }

                    context.Response.ContentType = "application/json; charset=utf-8";
                    context.Response.ContentLength = body.Length;
                    if (HttpMethods.IsGet(request.Method))
                    {
                        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
                    }

                    return;
                }

                await next(context).ConfigureAwait(false);
            });
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            return app;
        }
    }
}
