/**
 * Any /api/ address no route claims. Programs call these addresses, so they get a JSON 404 rather
 * than the not-found page meant for people.
 */
function unknownEndpoint(request: Request): Response {
  const { pathname } = new URL(request.url);
  return Response.json({ error: 'not_found', message: `No API endpoint at ${pathname}.` }, { status: 404, headers: { 'cache-control': 'no-store' } });
}

export { unknownEndpoint as GET, unknownEndpoint as POST, unknownEndpoint as PUT, unknownEndpoint as PATCH, unknownEndpoint as DELETE };
