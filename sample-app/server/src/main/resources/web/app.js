'use strict';

// The chat page: signs in with a development token, then talks JSON over /ws.
const $ = (id) => document.getElementById(id);

let socket = null;
let threadId = null;        // the thread this page is writing in; null until the first run starts
let awaitingThread = false; // a start_agent was sent and its thread is not known yet
let activeRunId = null;

$('connect').addEventListener('click', connect);
$('send').addEventListener('click', sendText);
$('text').addEventListener('keydown', (e) => { if (e.key === 'Enter') sendText(); });
$('stop').addEventListener('click', () => {
  if (activeRunId) send({ type: 'stop_agent', payload: { thread_id: threadId, run_id: activeRunId } });
});
$('new-thread').addEventListener('click', () => { threadId = null; activeRunId = null; showThread(); });
// The incident's two run-id failures, sent on purpose: the server answers each with an error event.
const SOME_OTHER_THREAD = 'thread_' + '0'.repeat(16);
$('bad-format').addEventListener('click', () => {
  send({ type: 'stop_agent', payload: { thread_id: threadId || SOME_OTHER_THREAD, run_id: 'run-42' } });
});
$('bad-thread').addEventListener('click', () => {
  const foreignThread = 'thread_' + 'f'.repeat(16);
  send({ type: 'stop_agent', payload: { thread_id: threadId || SOME_OTHER_THREAD, run_id: `run_${foreignThread}_${'a'.repeat(16)}` } });
});

async function connect() {
  if (socket) socket.close();
  const user = $('user').value.trim();
  const token = await tokenFor(user);
  if (!token) return;
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  socket = new WebSocket(`${scheme}//${location.host}/ws?token=${encodeURIComponent(token)}`);
  socket.addEventListener('message', (e) => onEvent(JSON.parse(e.data)));
  socket.addEventListener('close', (e) => {
    setStatus(`disconnected (${e.code}${e.reason ? ': ' + e.reason : ''})`);
    enable(false);
  });
}

async function tokenFor(user) {
  const response = await fetch('/dev/token?user=' + encodeURIComponent(user));
  if (response.ok) return (await response.json()).token;
  if (response.status === 404) {
    return window.prompt('Development tokens are off on this server. Paste a token for ' + user + ':');
  }
  setStatus('cannot sign in: ' + (await response.json()).error);
  return null;
}

function sendText() {
  const text = $('text').value.trim();
  if (!text) return;
  if (threadId) {
    send({ type: 'user_message', payload: { thread_id: threadId, content: text } });
  } else {
    awaitingThread = true;
    send({ type: 'start_agent', payload: { user_request: text } });
  }
  addLine('you', text, true);
  $('text').value = '';
}

function send(message) {
  socket.send(JSON.stringify(message));
}

function onEvent(event) {
  logEvent(event);
  const p = event.payload || {};
  switch (event.type) {
    case 'connection_ready':
      setStatus(`connected as ${p.user_id} (${p.connection_id})`);
      enable(true);
      break;
    case 'agent_started':
      if (awaitingThread) { threadId = event.thread_id; awaitingThread = false; showThread(); }
      if (event.thread_id === threadId) activeRunId = event.run_id;
      break;
    case 'agent_thinking':
      addLine('thinking', p.thought);
      break;
    case 'tool_executing':
      addLine('tool', `${p.tool} ← ${JSON.stringify(p.input)}`);
      break;
    case 'tool_completed':
      addLine('tool', `${p.tool} → ${JSON.stringify(p.result)}`);
      break;
    case 'agent_completed':
      addLine('agent', p.response, true);
      if (event.run_id === activeRunId) activeRunId = null;
      break;
    case 'agent_stopped':
      addLine('stopped', 'run stopped');
      if (event.run_id === activeRunId) activeRunId = null;
      break;
    case 'error':
      awaitingThread = false;
      addLine('error', 'error: ' + p.reason);
      break;
  }
}

function addLine(kind, text, bubble) {
  const line = document.createElement('div');
  line.className = 'line ' + kind;
  if (bubble) {
    const span = document.createElement('span');
    span.textContent = text;
    line.appendChild(span);
  } else {
    line.textContent = text;
  }
  $('conversation').appendChild(line);
  $('conversation').scrollTop = $('conversation').scrollHeight;
}

function logEvent(event) {
  const line = document.createElement('div');
  line.className = 'line' + (event.type === 'error' ? ' error' : '');
  const ids = event.run_id ? `  run_id=${event.run_id}  thread_id=${event.thread_id}` : '';
  line.textContent = event.type + ids;
  $('events').appendChild(line);
  $('events').scrollTop = $('events').scrollHeight;
}

function showThread() {
  $('thread').textContent = 'thread: ' + (threadId || '(new)');
}

function setStatus(text) {
  $('status').textContent = text;
}

function enable(on) {
  for (const id of ['text', 'send', 'stop', 'new-thread', 'bad-format', 'bad-thread']) $(id).disabled = !on;
}
