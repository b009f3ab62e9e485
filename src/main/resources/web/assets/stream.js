// How a question reaches the service: POST /api/chat/stream, read through fetch() and a stream
// reader because EventSource cannot POST.

import { ApiError } from './dom.js';

/**
 * Sends `payload` and calls onDelta(text) for each piece of answer text as it arrives; resolves
 * to the Answer contract object that the `citations` event carries. Aborting `signal` stops the
 * request, which the service takes as the listener going away (it stops answering).
 */
export async function sendQuestion(payload, onDelta, signal) {
  const response = await fetch('/api/chat/stream', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(payload),
    signal,
  });
  if (!response.ok || !response.body) throw await apiError(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let answer = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer = (buffer + value).replace(/\r\n/g, '\n');
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const event = parseEvent(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (event.name === 'delta') onDelta(String(JSON.parse(event.data).text ?? ''));
      else if (event.name === 'citations') answer = JSON.parse(event.data);
      else if (event.name === 'error') throw new ApiError(500, JSON.parse(event.data));
      else if (event.name === 'done' && answer !== null) {
        reader.cancel().catch(() => {});
        return answer;
      }
    }
  }
  throw new Error('The answer stream ended before the answer was complete.');
}

/** One server-sent event frame: its name ("message" when unnamed) and its data lines joined. */
function parseEvent(frame) {
  let name = 'message';
  const data = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  return { name, data: data.join('\n') };
}

/** The ApiError for a refused request, from its JSON {"error", "detail"} body when it has one. */
async function apiError(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return new ApiError(response.status, body);
}
