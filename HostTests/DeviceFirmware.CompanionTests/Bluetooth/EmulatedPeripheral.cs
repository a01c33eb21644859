using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Channels;
using System.Threading.Tasks;
using DeviceFirmware.CompanionTests.Browser;
using DeviceFirmware.CompanionTests.Rig;
using DeviceFirmware.Host.Ble;
using DeviceFirmware.Provisioning;
using Microsoft.Playwright;

namespace DeviceFirmware.CompanionTests.Bluetooth
{
    /// <summary>
    /// Puts the firmware's GATT peripheral behind Chromium's emulated Bluetooth adapter (CDP domain
    /// BluetoothEmulation on the browser target, DeviceAccess on the page target): the page's requestDevice
    /// chooser is answered with the device while it advertises, and every GATT operation the page makes is
    /// answered by the firmware's own provisioning code through an <see cref="InMemoryGattConnection"/> at
    /// MTU 23 (the smallest, so a page that sends larger frames fails here). The operating system's part is
    /// played too: a write answered Insufficient Encryption makes it pair (Just Works) and repeat the write,
    /// Insufficient Authentication asks the user for the passkey (<see cref="PasskeyEntry"/>). Events are
    /// handled one at a time, in arrival order.
    /// </summary>
    public sealed class EmulatedPeripheral : IAsyncDisposable
    {
        /// <summary>The emulated device's Bluetooth address.</summary>
        public const string Address = "09:09:09:09:09:09";

        /// <summary>The MTU of every link (the page cannot learn it; 23 is the smallest any device has).</summary>
        public const int Mtu = 23;

        private const string Cccd = "00002902-0000-1000-8000-00805f9b34fb";

        /// <summary>How long the page must start no operation before a lost link's disconnection is delivered.</summary>
        private static readonly TimeSpan QuietBeforeDisconnect = TimeSpan.FromMilliseconds(300);

        private readonly ICDPSession _browser;
        private readonly ICDPSession _page;
        private readonly DeviceUnderTest _device;
        private readonly Channel<(string Name, JsonElement Body)> _events = Channel.CreateUnbounded<(string, JsonElement)>();
        private readonly Dictionary<string, Guid> _characteristics = new Dictionary<string, Guid>();
        private readonly HashSet<string> _prompts = new HashSet<string>();
        private readonly List<string> _faults = new List<string>();
        private readonly Task _consumer;
        private InMemoryGattConnection _link;
        private bool _bonded;
        private bool _bondedWithPasskey;
        private int _dropAfterWrites = -1;

        private EmulatedPeripheral(ICDPSession browser, ICDPSession page, DeviceUnderTest device)
        {
            _browser = browser;
            _page = page;
            _device = device;
            _consumer = Task.Run(ConsumeAsync);
        }

        /// <summary>What the page did.</summary>
        public GattTraffic Traffic { get; } = new GattTraffic();

        /// <summary>The passkey the user types when the operating system asks; null: the user cancels the prompt.</summary>
        public string PasskeyEntry { get; set; }

        /// <summary>The passkey the device expects (for <see cref="PasskeyEntry"/> to match), or null.</summary>
        public string DevicePasskey { get; set; }

        /// <summary>Problems of the emulation itself (an operation it could not answer); a test expects none.</summary>
        public IReadOnlyList<string> Faults
        {
            get
            {
                lock (_faults)
                {
                    return _faults.ToArray();
                }
            }
        }

        /// <summary>True while the page holds a link to the device.</summary>
        public bool IsConnected => _link != null && _link.IsConnected;

        /// <summary>Enables the emulated adapter, adds the device and starts answering.</summary>
        public static async Task<EmulatedPeripheral> AttachAsync(BrowserSession session, DeviceUnderTest device)
        {
            ICDPSession browser = await session.Browser.NewBrowserCDPSessionAsync();
            ICDPSession page = await session.Context.NewCDPSessionAsync(session.Page);
            var peripheral = new EmulatedPeripheral(browser, page, device);
            foreach (string name in new[] { "BluetoothEmulation.gattOperationReceived", "BluetoothEmulation.characteristicOperationReceived", "BluetoothEmulation.descriptorOperationReceived" })
            {
                browser.Event(name).OnEvent += (_, body) => peripheral.Enqueue(name, body);
            }

            page.Event("DeviceAccess.deviceRequestPrompted").OnEvent += (_, body) => peripheral.Enqueue("DeviceAccess.deviceRequestPrompted", body);
            device.Ticked += peripheral.WatchLink;
            await browser.SendAsync("BluetoothEmulation.enable", new Dictionary<string, object> { ["state"] = "powered-on", ["leSupported"] = true });
            await page.SendAsync("DeviceAccess.enable");
            await peripheral.AddDeviceAsync();
            return peripheral;
        }

        /// <summary>The link drops (device out of range) during the page's write after the next <paramref name="writes"/> writes.</summary>
        public void DropLinkAfterWrites(int writes) => _dropAfterWrites = writes;

        /// <summary>The link drops now, as when the device goes out of range.</summary>
        public Task DropLinkAsync()
        {
            Enqueue("test.drop", default);
            return Task.CompletedTask;
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            _device.Ticked -= WatchLink;
            _events.Writer.TryComplete();
            await _consumer;
        }

        private void Enqueue(string name, JsonElement? body) => _events.Writer.TryWrite((name, body ?? default));

        private void WatchLink()
        {
            // The device side ended the link (its BLE server stopped): the browser must hear of it.
            InMemoryGattConnection link = _link;
            if (link != null && !link.IsConnected)
            {
                Enqueue("device.dropped", default);
            }
        }

        private async Task ConsumeAsync()
        {
            await foreach ((string name, JsonElement body) in _events.Reader.ReadAllAsync())
            {
                try
                {
                    await HandleAsync(name, body);
                }
                catch (Exception e)
                {
                    lock (_faults)
                    {
                        _faults.Add(name + ": " + e.GetType().Name + ": " + e.Message);
                    }
                }
            }
        }

        private Task HandleAsync(string name, JsonElement body)
        {
            switch (name)
            {
                case "DeviceAccess.deviceRequestPrompted":
                    return AnswerChooserAsync(body);
                case "BluetoothEmulation.gattOperationReceived":
                    return AnswerGattAsync(body);
                case "BluetoothEmulation.characteristicOperationReceived":
                    return AnswerCharacteristicAsync(body);
                case "BluetoothEmulation.descriptorOperationReceived":
                    Fault("descriptor operation " + body.GetRawText() + " (the page should use startNotifications, not descriptors)");
                    return Task.CompletedTask;
                case "test.drop":
                case "device.dropped":
                    return DropAsync(name == "test.drop");
                default:
                    return Task.CompletedTask;
            }
        }

        private async Task AnswerChooserAsync(JsonElement body)
        {
            string id = body.GetProperty("id").GetString();
            if (!_prompts.Add(id))
            {
                return; // Chromium repeats the prompt event while the chooser is open: answer once.
            }

            bool advertising;
            lock (_device.Gate)
            {
                advertising = _device.Peripheral != null && _device.Peripheral.IsAdvertising;
            }

            if (advertising)
            {
                await _page.SendAsync("DeviceAccess.selectPrompt", new Dictionary<string, object> { ["id"] = id, ["deviceId"] = Address });
            }
            else
            {
                // Nothing in range advertises the service: the user can only close the chooser.
                await _page.SendAsync("DeviceAccess.cancelPrompt", new Dictionary<string, object> { ["id"] = id });
            }
        }

        private async Task AnswerGattAsync(JsonElement body)
        {
            string type = body.GetProperty("type").GetString();
            int code = 0;
            if (type == "connection")
            {
                Traffic.Connections++;
                lock (_device.Gate)
                {
                    InMemoryGattPeripheral peripheral = _device.Peripheral;
                    if (peripheral != null && peripheral.IsAdvertising)
                    {
                        // A bond survives the link: the operating system encrypts a reconnection at once.
                        _link = peripheral.Connect(Mtu, _bonded, _bondedWithPasskey);
                        Traffic.Add("connect");
                    }
                    else
                    {
                        code = 0x04; // HCI Page Timeout: nothing answered the connection request.
                        Traffic.Add("connect refused: the device is not advertising");
                    }
                }
            }

            await _browser.SendAsync("BluetoothEmulation.simulateGATTOperationResponse", new Dictionary<string, object> { ["address"] = Address, ["type"] = type, ["code"] = code });
        }

        private async Task AnswerCharacteristicAsync(JsonElement body)
        {
            string id = body.GetProperty("characteristicId").GetString();
            string type = body.GetProperty("type").GetString();
            Guid uuid = _characteristics[id];
            string label = Label(uuid);
            var answer = new Dictionary<string, object> { ["characteristicId"] = id, ["type"] = type, ["code"] = 0 };
            if (_link == null || !_link.IsConnected)
            {
                // An operation that raced the disconnection: it fails (an unanswered one would hang the page forever).
                Traffic.Add($"{type} {label} refused: not connected");
                answer["code"] = (int)AttError.UnlikelyError;
                await _browser.SendAsync("BluetoothEmulation.simulateCharacteristicOperationResponse", answer);
                return;
            }

            switch (type)
            {
                case "read":
                    Traffic.Reads++;
                    byte[] value = Array.Empty<byte>();
                    byte readError = 0;
                    lock (_device.Gate)
                    {
                        try
                        {
                            value = Link().Read(uuid);
                        }
                        catch (GattException e)
                        {
                            readError = e.AttError;
                        }
                    }

                    Traffic.Add($"read {label} -> {(readError == 0 ? value.Length + " B" : $"0x{readError:X2}")}");
                    answer["code"] = (int)readError;
                    answer["data"] = Convert.ToBase64String(value);
                    break;
                case "write":
                    byte[] data = Convert.FromBase64String(body.GetProperty("data").GetString());
                    bool withResponse = !body.TryGetProperty("writeType", out JsonElement writeType) || writeType.GetString() != "write-without-response";
                    Traffic.Writes++;
                    Traffic.LongestWrite = Math.Max(Traffic.LongestWrite, data.Length);
                    if (_dropAfterWrites == 0)
                    {
                        // The link goes while this write is in flight: it is never answered; the browser fails it.
                        _dropAfterWrites = -1;
                        Traffic.Add($"write {label} {data.Length} B lost with the link");
                        await FailAndDropAsync(answer);
                        return;
                    }

                    byte error = Write(uuid, data);
                    Traffic.Add($"write {label} {data.Length} B -> 0x{error:X2}");
                    if (!withResponse)
                    {
                        Traffic.WritesWithoutResponse++;
                        return;
                    }

                    answer["code"] = (int)error;
                    if (_dropAfterWrites > 0)
                    {
                        _dropAfterWrites--;
                    }

                    break;
                case "subscribe-to-notifications":
                    Traffic.Subscriptions++;
                    lock (_device.Gate)
                    {
                        Link().Subscribe(uuid);
                    }

                    Traffic.Add("subscribe " + label);
                    break;
                case "unsubscribe-from-notifications":
                    Traffic.Add("unsubscribe " + label);
                    break;
                default:
                    Fault("unknown characteristic operation " + type);
                    return;
            }

            await _browser.SendAsync("BluetoothEmulation.simulateCharacteristicOperationResponse", answer);
        }

        private byte Write(Guid uuid, byte[] data)
        {
            lock (_device.Gate)
            {
                InMemoryGattConnection link = Link();
                if (data.Length > link.Mtu - 3)
                {
                    // ATT would need a long write; the protocol's frames must fit one write at any MTU.
                    Fault($"the page wrote {data.Length} bytes in one operation; at MTU {Mtu} a frame holds at most {Mtu - 3}");
                    return AttError.InvalidAttributeValueLength;
                }

                byte error = link.Write(uuid, data);
                if (error == AttError.InsufficientEncryption)
                {
                    // The OS pairs (LE Secure Connections, Just Works) and repeats the write; the page never sees it.
                    Traffic.Pairings++;
                    link.Pair(false);
                    _bonded = true;
                    error = link.Write(uuid, data);
                }

                if (error == AttError.InsufficientAuthentication)
                {
                    Traffic.PasskeyPrompts++;
                    if (PasskeyEntry != null && PasskeyEntry == DevicePasskey)
                    {
                        Traffic.Pairings++;
                        link.Pair(true);
                        _bonded = true;
                        _bondedWithPasskey = true;
                        error = link.Write(uuid, data);
                    }
                }

                return error;
            }
        }

        private async Task DropAsync(bool fromTest)
        {
            lock (_device.Gate)
            {
                if (_link == null)
                {
                    return;
                }

                if (fromTest && _link.IsConnected)
                {
                    _link.Disconnect();
                }

                _link = null;
            }

            await DisconnectBrowserAsync(fromTest ? "link lost (out of range)" : "link ended by the device");
        }

        private async Task DisconnectBrowserAsync(string why)
        {
            Traffic.Add(why);
            await _browser.SendAsync("BluetoothEmulation.simulateGATTDisconnection", new Dictionary<string, object> { ["address"] = Address });

            // A disconnection wipes the emulated services: add them again (new ids) for a reconnection.
            await AddServicesAsync();
        }

        /// <summary>
        /// The link is lost while the page's operation is in flight. Chromium's emulated adapter cannot fail a
        /// pending operation at a disconnection (it would hang forever), so the lost link is played in the order
        /// a real stack reports it, without the hang: the device side drops at once (partial messages are gone),
        /// the operation in flight and any the page starts before the end fail, and the disconnection is
        /// delivered once the page has been quiet for <see cref="QuietBeforeDisconnect"/>.
        /// </summary>
        private async Task FailAndDropAsync(Dictionary<string, object> inFlight)
        {
            lock (_device.Gate)
            {
                _link?.Disconnect();
                _link = null;
            }

            inFlight["code"] = (int)AttError.UnlikelyError;
            await _browser.SendAsync("BluetoothEmulation.simulateCharacteristicOperationResponse", inFlight);
            while (await _events.Reader.WaitToReadAsync().AsTask().WaitAsync(QuietBeforeDisconnect).ContinueWith(t => t.IsCompletedSuccessfully && t.Result))
            {
                if (!_events.Reader.TryPeek(out (string Name, JsonElement Body) next))
                {
                    break;
                }

                if (next.Name != "BluetoothEmulation.characteristicOperationReceived")
                {
                    break;
                }

                _events.Reader.TryRead(out _);
                string id = next.Body.GetProperty("characteristicId").GetString();
                string type = next.Body.GetProperty("type").GetString();
                Traffic.Add($"{type} {Label(_characteristics[id])} failed: the link is going");
                await _browser.SendAsync("BluetoothEmulation.simulateCharacteristicOperationResponse", new Dictionary<string, object> { ["characteristicId"] = id, ["type"] = type, ["code"] = (int)AttError.UnlikelyError });
            }

            await DisconnectBrowserAsync("link lost (out of range)");
        }

        private InMemoryGattConnection Link() => _link ?? throw new InvalidOperationException("the page made a GATT operation without a connection");

        private async Task AddDeviceAsync()
        {
            string name;
            GattServiceTable table;
            lock (_device.Gate)
            {
                name = _device.Peripheral.AdvertisedName;
                table = _device.Peripheral.Table;
            }

            await _browser.SendAsync("BluetoothEmulation.simulatePreconnectedPeripheral", new Dictionary<string, object>
            {
                ["address"] = Address,
                ["name"] = name,
                ["manufacturerData"] = new object[] { new Dictionary<string, object> { ["key"] = 0xFFFF, ["data"] = string.Empty } },
                ["knownServiceUuids"] = new[] { table.ServiceUuid.ToString() },
            });
            await AddServicesAsync();
        }

        private async Task AddServicesAsync()
        {
            GattServiceTable table;
            lock (_device.Gate)
            {
                table = _device.Peripheral.Table;
            }

            JsonElement? service = await _browser.SendAsync("BluetoothEmulation.addService", new Dictionary<string, object> { ["address"] = Address, ["serviceUuid"] = table.ServiceUuid.ToString() });
            string serviceId = service.Value.GetProperty("serviceId").GetString();

            // Ids of earlier services stay known: an operation on one can still arrive and must be answered.
            for (int i = 0; i < table.Count; i++)
            {
                GattCharacteristicSpec spec = table.At(i);
                JsonElement? added = await _browser.SendAsync("BluetoothEmulation.addCharacteristic", new Dictionary<string, object>
                {
                    ["serviceId"] = serviceId,
                    ["characteristicUuid"] = spec.Uuid.ToString(),
                    ["properties"] = new Dictionary<string, object> { ["read"] = spec.IsReadable, ["write"] = spec.IsWritable, ["notify"] = spec.IsNotifiable },
                });
                string characteristicId = added.Value.GetProperty("characteristicId").GetString();
                _characteristics[characteristicId] = spec.Uuid;
                if (spec.IsNotifiable)
                {
                    await _browser.SendAsync("BluetoothEmulation.addDescriptor", new Dictionary<string, object> { ["characteristicId"] = characteristicId, ["descriptorUuid"] = Cccd });
                }
            }
        }

        private string Label(Guid uuid)
        {
            lock (_device.Gate)
            {
                GattServiceTable table = _device.Peripheral?.Table;
                int index = table?.IndexOf(uuid) ?? -1;
                return index >= 0 ? table.At(index).Description : uuid.ToString();
            }
        }

        private void Fault(string text)
        {
            lock (_faults)
            {
                _faults.Add(text);
            }
        }
    }
}
