using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox.Faults;
using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.Log;
using DeviceFirmware.Sandbox.State;
using DeviceFirmware.Sandbox.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeviceFirmware.Sandbox
{
    /// <summary>
    /// A running LWA + DRS sandbox on 127.0.0.1 (Kestrel, in-process). Start one with
    /// <see cref="Start"/>, point the device at <see cref="TokenUrl"/> and <see cref="BaseUrl"/>,
    /// steer it with <see cref="Faults"/> and the control methods, read <see cref="Requests"/>,
    /// and dispose it to stop it (held requests are released at once).
    /// </summary>
    public sealed class SandboxServer : IDisposable, IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly SandboxState _state;
        private readonly CancellationTokenSource _stopping;
        private int _disposed;

        private SandboxServer(WebApplication app, SandboxState state, CancellationTokenSource stopping, FaultInjector faults, RequestLog requests, Uri baseUri, Tls.SandboxHttps https)
        {
            _app = app;
            _state = state;
            _stopping = stopping;
            Faults = faults;
            Requests = requests;
            Port = baseUri.Port;
            BaseUrl = https == null ? "http://127.0.0.1:" + Port : "https://" + Tls.SandboxHttps.UrlHost(https.Address) + ":" + Port;
        }

        /// <summary>http://127.0.0.1:PORT, or https://ADDRESS:PORT with <see cref="SandboxOptions.Https"/> (no trailing slash): the DRS base URL, and the host of the LWA endpoints.</summary>
        public string BaseUrl { get; }

        /// <summary>The TCP port bound on 127.0.0.1.</summary>
        public int Port { get; }

        /// <summary>The LWA authorize endpoint the companion app opens: BaseUrl + /ap/oa.</summary>
        public string AuthorizeUrl => BaseUrl + "/ap/oa";

        /// <summary>The LWA token endpoint the device calls: BaseUrl + /auth/o2/token.</summary>
        public string TokenUrl => BaseUrl + "/auth/o2/token";

        /// <summary>The sandbox clock (the options' clock, or the wall clock).</summary>
        public ISandboxClock Clock => _state.Settings.Clock;

        /// <summary>The full path of the state file this server resumed from (<see cref="SandboxOptions.StatePath"/>), or null after a fresh start.</summary>
        public string RestoredFrom { get; private init; }

        /// <summary>The faults armed on this server.</summary>
        public FaultInjector Faults { get; }

        /// <summary>Every request received.</summary>
        public RequestLog Requests { get; }

        /// <summary>Starts a sandbox with <paramref name="options"/> (defaults when null) and returns once it listens.</summary>
        /// <param name="options">Options; read once, now.</param>
        /// <returns>The running server; see <see cref="BaseUrl"/>.</returns>
        public static SandboxServer Start(SandboxOptions options = null)
        {
            // Off the caller's synchronization context, so a synchronous caller cannot deadlock the start.
            return Task.Run(() => StartAsync(options)).GetAwaiter().GetResult();
        }

        /// <summary>Starts a sandbox with <paramref name="options"/> (defaults when null).</summary>
        /// <param name="options">Options; read once, now.</param>
        /// <param name="cancel">Cancels the start.</param>
        /// <returns>The running server.</returns>
        public static async Task<SandboxServer> StartAsync(SandboxOptions options = null, CancellationToken cancel = default)
        {
            SandboxSettings settings = SandboxSettings.From(options ?? new SandboxOptions());
            Tls.SandboxHttps https = options?.Https;
            var state = new SandboxState(settings);
            bool restored = settings.StatePath != null && System.IO.File.Exists(settings.StatePath);
            if (restored)
            {
                // Before binding: a bad file fails the start with nothing listening.
                StateFile.Load(state, settings.StatePath);
            }

            var faults = new FaultInjector();
            var requests = new RequestLog();
            var stopping = new CancellationTokenSource();

            // The empty builder: no configuration files, no logging providers (nothing printed, so no
            // secret can be); only Kestrel, bound to loopback alone, and a lifetime deaf to signals.
            WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(https?.Address ?? IPAddress.Loopback, settings.Port, listen =>
                {
                    if (https != null)
                    {
                        listen.UseHttps(https.ServerCertificate);
                    }
                });
            });
            builder.Services.AddSingleton<IHostLifetime, InProcessLifetime>();
            builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
            WebApplication app = builder.Build();
            var pipeline = new RequestPipeline(state, faults, requests, stopping.Token);
            app.Run(pipeline.HandleAsync);

            try
            {
                await app.StartAsync(cancel).ConfigureAwait(false);
            }
            catch
            {
                await app.DisposeAsync().ConfigureAwait(false);
                stopping.Dispose();
                throw;
            }

            string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new SandboxServer(app, state, stopping, faults, requests, new Uri(address), https) { RestoredFrom = restored ? settings.StatePath : null };
        }

        /// <summary>Revokes every token issued so far (the user removed the device, or LWA lost them): refresh gives invalid_grant, DRS gives Invalid token.</summary>
        /// <returns>How many token families were revoked.</returns>
        public int RevokeAllTokens()
        {
            lock (_state.Gate)
            {
                return _state.RevokeAllTokens();
            }
        }

        /// <summary>Deregisters a device as the customer would on Amazon: the same effect as its DELETE /registration.</summary>
        /// <param name="model">DRS model ID.</param>
        /// <param name="serial">Serial.</param>
        /// <returns>False when the device has no active registration.</returns>
        public bool Deregister(string model, string serial)
        {
            lock (_state.Gate)
            {
                Registration registration = _state.FindActiveRegistration(model, serial);
                if (registration == null)
                {
                    return false;
                }

                _state.Deregister(registration);
                return true;
            }
        }

        /// <summary>Delivers the order that a replenish call's <paramref name="eventInstanceId"/> names (its slot may order again).</summary>
        /// <param name="eventInstanceId">The eventInstanceId of the replenish answer.</param>
        /// <returns>False when there is no such pending order.</returns>
        public bool DeliverOrder(string eventInstanceId)
        {
            if (eventInstanceId == null)
            {
                throw new ArgumentNullException(nameof(eventInstanceId));
            }

            lock (_state.Gate)
            {
                return _state.Deliver(eventInstanceId) > 0;
            }
        }

        /// <summary>Delivers every pending order.</summary>
        /// <returns>How many were delivered.</returns>
        public int DeliverAllOrders()
        {
            lock (_state.Gate)
            {
                return _state.Deliver(null);
            }
        }

        /// <summary>Subscribes or unsubscribes a configured slot, in every active registration and in later ones.</summary>
        /// <param name="slotId">A slot of <see cref="SandboxOptions.Slots"/>.</param>
        /// <param name="subscribed">The new state.</param>
        public void SetSubscribed(string slotId, bool subscribed)
        {
            lock (_state.Gate)
            {
                if (!_state.SetSubscribed(slotId, subscribed))
                {
                    throw new ArgumentException("Slot " + slotId + " is not configured (SandboxOptions.Slots).", nameof(slotId));
                }
            }
        }

        /// <summary>Every order placed so far, oldest first, with its status now.</summary>
        /// <returns>Snapshots.</returns>
        public IReadOnlyList<SandboxOrder> Orders()
        {
            lock (_state.Gate)
            {
                return _state.OrderSnapshots();
            }
        }

        /// <summary>Every registration so far (deregistered ones included), oldest first.</summary>
        /// <returns>Snapshots.</returns>
        public IReadOnlyList<SandboxRegistration> Registrations()
        {
            lock (_state.Gate)
            {
                return _state.RegistrationSnapshots();
            }
        }

        /// <summary>
        /// Writes the durable state (registrations, token families, refresh and unexpired access tokens as
        /// SHA-256 only, subscriptions, orders, the clock's time) to <paramref name="path"/> as JSON, through a
        /// temporary file renamed over it. A server started with <see cref="SandboxOptions.StatePath"/> set to
        /// that file resumes from it. Codes, the request log and armed faults are not saved.
        /// </summary>
        /// <param name="path">The file; its folder must exist.</param>
        public void SaveState(string path)
        {
            if (string.IsNullOrEmpty(path))
            {
                throw new ArgumentException("A state file path is required.", nameof(path));
            }

            string json;
            lock (_state.Gate)
            {
                json = StateFile.Serialize(_state);
            }

            StateFile.Write(path, json);
        }

        /// <summary>Stops the server: held requests are released, the port is closed.</summary>
        /// <returns>A task that completes when stopped.</returns>
        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            _stopping.Cancel();
            try
            {
                await _app.StopAsync().ConfigureAwait(false);
            }
            finally
            {
                await _app.DisposeAsync().ConfigureAwait(false);
                _stopping.Dispose();
            }
        }

        /// <summary>Stops the server (see <see cref="DisposeAsync"/>).</summary>
        public void Dispose()
        {
            Task.Run(() => DisposeAsync().AsTask()).GetAwaiter().GetResult();
        }
    }
}
