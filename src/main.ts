import './app/song-app.ts';
